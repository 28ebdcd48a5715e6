package app.baton.reports;

import app.baton.reports.ReportEvents.TermsAction;
import app.baton.reports.internal.EngagementEntity;
import app.baton.reports.internal.TermsEntity;
import app.baton.reports.internal.TermsRepository;
import app.baton.security.AccountDirectory;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipInfo;
import app.baton.security.MembershipRole;
import app.baton.shared.DomainException;
import app.baton.shared.Money;
import app.baton.shared.TextLimits;
import app.baton.shared.validation.CommandCheck;
import app.baton.tenancy.MembershipService;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Terms both sides agree (「與外包團隊共同制定」, 「確立雙方責任範圍」): either side proposes a version of an engagement's
 * fee, cap, scope, duties, targets, responsibilities and internal contact, with the reason; the other side accepts
 * it or counter-proposes (a new version, with its reason). A version is agreed when the company (a founder) and the
 * agency have both accepted it; it then holds from that month, and the months before stay judged against what held
 * then. A founder's or an agency person's own proposal counts as their side's acceptance; a successor's waits for a
 * founder's.
 */
@Service
public class TermsService {

    private final TermsRepository terms;
    private final EngagementQueryService queries;
    private final EngagementService engagements;
    private final MembershipService memberships;
    private final AccountDirectory accounts;
    private final CurrentUser currentUser;
    private final CommandCheck check;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TermsService(
            TermsRepository terms,
            EngagementQueryService queries,
            EngagementService engagements,
            MembershipService memberships,
            AccountDirectory accounts,
            CurrentUser currentUser,
            CommandCheck check,
            ApplicationEventPublisher events,
            Clock clock) {
        this.terms = terms;
        this.queries = queries;
        this.engagements = engagements;
        this.memberships = memberships;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.check = check;
        this.events = events;
        this.clock = clock;
    }

    /** The most targets a version holds (its stored list has room for this many stage targets). */
    static final int MAX_TARGETS = 36;

    /** A proposed version of the terms; the reason is why it changes (shown to the other side and kept). */
    public record TermsForm(
            @NotNull(message = "engagement.negative") @PositiveOrZero(message = "engagement.negative") @Nullable
            BigDecimal monthlyFee,

            @NotNull(message = "engagement.negative") @PositiveOrZero(message = "engagement.negative") @Nullable
            BigDecimal mediaSpendCap,

            @Size(max = TextLimits.TEXT, message = "engagement.tooLong")
            String deliverables,

            @Size(max = TextLimits.TEXT, message = "engagement.tooLong")
            String vendorDuties,

            @Size(max = TextLimits.TEXT, message = "engagement.tooLong")
            String inHouseDuties,

            List<EngagementTarget> targets,
            Map<Responsibility, Party> responsibilities,
            @Nullable Long internalContactUserId,

            @NotBlank(message = "terms.reasonRequired") @Size(max = TextLimits.TEXT, message = "engagement.tooLong")
            String reason,

            java.time.@Nullable LocalDate termEnd) {

        /** The same terms without a new end of the term. */
        public TermsForm(
                @Nullable BigDecimal monthlyFee,
                @Nullable BigDecimal mediaSpendCap,
                String deliverables,
                String vendorDuties,
                String inHouseDuties,
                List<EngagementTarget> targets,
                Map<Responsibility, Party> responsibilities,
                @Nullable Long internalContactUserId,
                String reason) {
            this(
                    monthlyFee,
                    mediaSpendCap,
                    deliverables,
                    vendorDuties,
                    inHouseDuties,
                    targets,
                    responsibilities,
                    internalContactUserId,
                    reason,
                    null);
        }
    }

    /** The terms of an engagement the reader may see (the company's people, the engagement's agency). */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR','VENDOR')")
    @Transactional(readOnly = true)
    public EngagementTerms terms(long engagementId) {
        queries.visible(engagementId);
        List<TermsEntity> all = terms.findByEngagementIdOrderByNumberDesc(engagementId);
        Map<Long, String> names = accounts.displayNames(all.stream()
                .flatMap(t -> Stream.of(
                        t.proposedByUserId(), t.internalContactUserId(), t.companyAcceptedBy(), t.agencyAcceptedBy()))
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        List<TermsVersion> versions = all.stream().map(t -> view(t, names)).toList();
        TermsVersion inForce = versions.stream()
                .filter(v -> v.state() == TermsState.AGREED)
                .findFirst()
                .orElse(null);
        TermsVersion pending = versions.stream()
                .filter(v -> v.state() == TermsState.PROPOSED)
                .findFirst()
                .orElse(null);
        MembershipInfo me = currentUser.requireMembership();
        boolean mayAccept = pending != null
                && ((me.role() == MembershipRole.FOUNDER && pending.companyAcceptedBy() == null)
                        || (me.role() == MembershipRole.VENDOR && pending.agencyAcceptedBy() == null));
        return new EngagementTerms(versions, inForce, pending, mayPropose(me), mayAccept);
    }

    /**
     * Proposes a version of the terms; a proposal of the other side still waiting is superseded by it (a
     * counter-proposal). Founders, successors the founders let manage agencies, and the engagement's agency.
     *
     * @return the new version's number
     */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR','VENDOR')")
    @Transactional
    public int propose(long engagementId, TermsForm form) {
        EngagementEntity engagement = queries.visible(engagementId);
        MembershipInfo me = currentUser.requireMembership();
        if (!mayPropose(me)) {
            throw new DomainException("terms.notAllowed");
        }
        check.check(form);
        validate(engagement, form);
        List<TermsEntity> all = terms.findByEngagementIdOrderByNumberDesc(engagementId);
        Long contact = form.internalContactUserId();
        // the contacts already named: the one agreed and the one in the proposal waiting
        Set<@Nullable Long> named = all.stream()
                .filter(t -> t.state() != TermsState.SUPERSEDED)
                .map(TermsEntity::internalContactUserId)
                .collect(Collectors.toCollection(HashSet::new));
        if (me.role() == MembershipRole.VENDOR && (named.isEmpty() ? contact != null : !named.contains(contact))) {
            throw new DomainException("terms.contactIsTheCompanys");
        }
        if (contact != null
                && !named.contains(contact)
                && !memberships.recipients(null).contains(contact)) {
            throw new DomainException("terms.contactUnknown");
        }
        Party side = me.role() == MembershipRole.VENDOR ? Party.AGENCY : Party.COMPANY;
        boolean countering = false;
        for (TermsEntity t : all) {
            if (t.state() == TermsState.PROPOSED) {
                countering = t.proposedSide() != side;
                t.supersede();
            }
        }
        String currency = me.currency();
        int number = all.isEmpty() ? 1 : all.getFirst().number() + 1;
        TermsEntity version = new TermsEntity(
                engagementId,
                number,
                side,
                me.userId(),
                clock.instant(),
                form.reason().strip(),
                Money.exact(Objects.requireNonNull(form.monthlyFee()), currency),
                Money.exact(Objects.requireNonNull(form.mediaSpendCap()), currency),
                form.deliverables().strip(),
                form.vendorDuties().strip(),
                form.inHouseDuties().strip(),
                form.targets(),
                form.responsibilities(),
                contact,
                form.termEnd());
        if (me.role() == MembershipRole.FOUNDER) {
            version.acceptForCompany(me.userId(), clock.instant());
        } else if (me.role() == MembershipRole.VENDOR) {
            version.acceptForAgency(me.userId(), clock.instant());
        }
        try {
            terms.saveAllAndFlush(all);
            terms.saveAndFlush(version);
        } catch (ObjectOptimisticLockingFailureException | org.springframework.dao.DataIntegrityViolationException e) {
            throw new DomainException("terms.changed");
        }
        Set<Long> toTell = new LinkedHashSet<>(otherSide(engagement, side));
        if (me.role() == MembershipRole.SUCCESSOR) {
            toTell.addAll(memberships.founderUserIds()); // a founder accepts for the company
        }
        publish(
                TermsAction.PROPOSED,
                engagement,
                version,
                (countering ? "counter-proposal " : "proposal ") + describe(version),
                version.reason(),
                toTell);
        return number;
    }

    /**
     * Accepts the waiting version for the reader's side: a founder for the company, the engagement's agency for the
     * agency. When both have, it is agreed and applied to the engagement from this month.
     */
    @PreAuthorize("hasAnyRole('FOUNDER','VENDOR')")
    @Transactional
    public void accept(long engagementId, int number) {
        EngagementEntity engagement = queries.visible(engagementId);
        MembershipInfo me = currentUser.requireMembership();
        TermsEntity version = terms.findByEngagementIdOrderByNumberDesc(engagementId).stream()
                .filter(t -> t.number() == number)
                .findFirst()
                .orElseThrow(() -> new DomainException("terms.notFound"));
        if (version.state() != TermsState.PROPOSED) {
            throw new DomainException("terms.changed");
        }
        Party side = me.role() == MembershipRole.VENDOR ? Party.AGENCY : Party.COMPANY;
        if (side == Party.AGENCY ? version.agencyAcceptedBy() != null : version.companyAcceptedBy() != null) {
            throw new DomainException("terms.alreadyAccepted");
        }
        if (side == Party.AGENCY) {
            version.acceptForAgency(me.userId(), clock.instant());
        } else {
            version.acceptForCompany(me.userId(), clock.instant());
        }
        boolean agreed = version.acceptedByBoth();
        if (agreed) {
            YearMonth from = YearMonth.now(clock.withZone(me.zoneId()));
            terms.findByEngagementIdOrderByNumberDesc(engagementId).stream()
                    .filter(t -> t.state() == TermsState.AGREED)
                    .forEach(TermsEntity::supersede);
            version.agree(from);
        }
        try {
            terms.saveAndFlush(version);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new DomainException("terms.changed");
        }
        if (agreed) {
            engagements.applyAgreed(engagementId, version);
        }
        Set<Long> toTell = new LinkedHashSet<>(otherSide(engagement, side));
        if (agreed) {
            toTell.addAll(memberships.recipients(null));
            toTell.addAll(memberships.recipients(engagement.vendorOrganisationId()));
        }
        publish(
                agreed ? TermsAction.AGREED : TermsAction.ACCEPTED,
                engagement,
                version,
                (agreed ? "agreed " : "accepted ") + describe(version),
                null,
                toTell);
    }

    private boolean mayPropose(MembershipInfo me) {
        return me.role() == MembershipRole.VENDOR || queries.mayManage();
    }

    private Set<Long> otherSide(EngagementEntity engagement, Party side) {
        return side == Party.AGENCY
                ? memberships.recipients(null)
                : memberships.recipients(engagement.vendorOrganisationId());
    }

    private static void validate(EngagementEntity engagement, TermsForm form) {
        if (form.termEnd() != null && !form.termEnd().isAfter(engagement.endDate())) {
            throw new DomainException("terms.endNotLater");
        }
        if (form.targets().size() > MAX_TARGETS) {
            throw new DomainException("terms.tooManyTargets", MAX_TARGETS);
        }
        EngagementService.checkTargets(
                form.targets(), engagement.startDate(), form.termEnd() != null ? form.termEnd() : engagement.endDate());
    }

    private TermsVersion view(TermsEntity t, Map<Long, String> names) {
        return new TermsVersion(
                t.number(),
                t.state(),
                t.proposedSide(),
                names.getOrDefault(t.proposedByUserId(), "?"),
                t.proposedAt(),
                t.reason(),
                t.monthlyFee(),
                t.mediaSpendCap(),
                t.deliverables(),
                t.vendorDuties(),
                t.inHouseDuties(),
                t.targets(),
                t.responsibilities(),
                t.internalContactUserId(),
                t.internalContactUserId() == null ? null : names.get(t.internalContactUserId()),
                t.companyAcceptedBy() == null ? null : names.get(t.companyAcceptedBy()),
                t.companyAcceptedAt(),
                t.agencyAcceptedBy() == null ? null : names.get(t.agencyAcceptedBy()),
                t.agencyAcceptedAt(),
                t.agreedFrom() == null ? null : YearMonth.from(t.agreedFrom()),
                t.termEnd());
    }

    private static String describe(TermsEntity t) {
        return "v" + t.number() + ": fee " + Money.plain(t.monthlyFee()) + ", cap " + Money.plain(t.mediaSpendCap())
                + ", targets "
                + t.targets().stream()
                        .map(x -> x.kpi() + (x.month() == null ? "" : "@" + x.month()) + "="
                                + x.target().stripTrailingZeros().toPlainString())
                        .toList()
                + ", responsibilities " + t.responsibilities() + ", contact " + t.internalContactUserId()
                + (t.termEnd() == null ? "" : ", term to " + t.termEnd());
    }

    private void publish(
            TermsAction action,
            EngagementEntity engagement,
            TermsEntity version,
            String summary,
            @Nullable String reason,
            Set<Long> toTell) {
        MembershipInfo me = currentUser.requireMembership();
        events.publishEvent(new ReportEvents.TermsChanged(
                me.tenantId(),
                me.userId(),
                me.role().name(),
                action,
                engagement.id(),
                engagement.title(),
                version.number(),
                summary,
                reason,
                Set.copyOf(toTell)));
    }
}
