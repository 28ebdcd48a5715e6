package app.baton.reports;

import app.baton.reports.ReportEvents.MissAction;
import app.baton.reports.internal.EngagementEntity;
import app.baton.reports.internal.MissEntity;
import app.baton.reports.internal.MissRepository;
import app.baton.reports.internal.ReportVersionEntity;
import app.baton.reports.internal.ReportVersionRepository;
import app.baton.security.AccountDirectory;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipInfo;
import app.baton.security.MembershipRole;
import app.baton.shared.DomainException;
import app.baton.shared.TextLimits;
import app.baton.tenancy.MembershipService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Missed targets attributed (issue 19): for a month whose report shows a target missed, either side names the cause
 * (the agency, the company, an outside event) with a note; it is agreed when the company (a founder) and the agency
 * have both accepted the same attribution, and the scorecard then counts it apart. Attributing again with another
 * cause asks the other side again.
 */
@Service
public class MissService {

    private final MissRepository misses;
    private final ReportVersionRepository versions;
    private final EngagementQueryService queries;
    private final MembershipService memberships;
    private final AccountDirectory accounts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MissService(
            MissRepository misses,
            ReportVersionRepository versions,
            EngagementQueryService queries,
            MembershipService memberships,
            AccountDirectory accounts,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.misses = misses;
        this.versions = versions;
        this.queries = queries;
        this.memberships = memberships;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The engagement's attributed misses, oldest month first. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR','VENDOR')")
    @Transactional(readOnly = true)
    public List<MissAttribution> misses(long engagementId) {
        queries.visible(engagementId);
        List<MissEntity> all = misses.findByEngagementIdOrderByReportMonthAsc(engagementId);
        Map<Long, String> names = accounts.displayNames(all.stream()
                .flatMap(m -> Stream.of(m.proposedByUserId(), m.companyAcceptedBy(), m.agencyAcceptedBy()))
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return all.stream()
                .map(m -> new MissAttribution(
                        m.id(),
                        YearMonth.from(m.reportMonth()),
                        m.kpi(),
                        m.stage(),
                        m.cause(),
                        m.note(),
                        m.proposedSide(),
                        names.getOrDefault(m.proposedByUserId(), "?"),
                        m.proposedAt(),
                        m.companyAcceptedBy() == null ? null : names.get(m.companyAcceptedBy()),
                        m.agencyAcceptedBy() == null ? null : names.get(m.agencyAcceptedBy())))
                .toList();
    }

    /**
     * Attributes a missed target of {@code month} (the latest report of that month must show it missed: attainment
     * under 100 %). A founder's or the agency's attribution is their side's acceptance; a successor's waits for a
     * founder's.
     */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR','VENDOR')")
    @Transactional
    public long attribute(
            long engagementId, YearMonth month, EngagementKpi kpi, boolean stage, MissCause cause, String note) {
        EngagementEntity engagement = queries.visible(engagementId);
        String clean = note.strip();
        if (clean.isEmpty() || clean.length() > TextLimits.TEXT) {
            throw new DomainException("miss.noteRequired");
        }
        if (!missed(engagementId, month, kpi, stage)) {
            throw new DomainException("miss.notAMiss");
        }
        MembershipInfo me = currentUser.requireMembership();
        Party side = me.role() == MembershipRole.VENDOR ? Party.AGENCY : Party.COMPANY;
        MissEntity miss = misses.findByEngagementIdAndReportMonthAndKpiAndStage(
                        engagementId, month.atDay(1), kpi, stage)
                .orElseGet(() -> new MissEntity(engagementId, month.atDay(1), kpi, stage));
        miss.attribute(cause, clean, side, me.userId(), clock.instant());
        if (me.role() == MembershipRole.SUCCESSOR) {
            miss.withoutCompanyAcceptance();
        }
        try {
            misses.saveAndFlush(miss);
        } catch (org.springframework.orm.ObjectOptimisticLockingFailureException
                | org.springframework.dao.DataIntegrityViolationException e) {
            throw new DomainException("miss.changed");
        }
        Set<Long> toTell = new LinkedHashSet<>(otherSide(engagement, side));
        if (me.role() == MembershipRole.SUCCESSOR) {
            toTell.addAll(memberships.founderUserIds());
        }
        publish(MissAction.ATTRIBUTED, engagement, miss, toTell);
        return miss.id();
    }

    /** Accepts an attribution for the reader's side (a founder for the company, the agency for itself). */
    @PreAuthorize("hasAnyRole('FOUNDER','VENDOR')")
    @Transactional
    public void accept(long engagementId, long missId) {
        EngagementEntity engagement = queries.visible(engagementId);
        MissEntity miss = misses.findById(missId)
                .filter(m -> m.engagementId() == engagementId)
                .orElseThrow(() -> new DomainException("miss.notFound"));
        MembershipInfo me = currentUser.requireMembership();
        Party side = me.role() == MembershipRole.VENDOR ? Party.AGENCY : Party.COMPANY;
        if (side == Party.AGENCY ? miss.agencyAcceptedBy() != null : miss.companyAcceptedBy() != null) {
            throw new DomainException("miss.alreadyAccepted");
        }
        miss.accept(side, me.userId());
        try {
            misses.saveAndFlush(miss);
        } catch (org.springframework.orm.ObjectOptimisticLockingFailureException e) {
            throw new DomainException("miss.changed");
        }
        Set<Long> toTell = new LinkedHashSet<>(otherSide(engagement, side));
        if (miss.agreed()) {
            toTell.addAll(memberships.recipients(null));
            toTell.addAll(memberships.recipients(engagement.vendorOrganisationId()));
        }
        publish(miss.agreed() ? MissAction.AGREED : MissAction.ACCEPTED, engagement, miss, toTell);
    }

    /** Whether the latest report of the month shows the target missed. */
    private boolean missed(long engagementId, YearMonth month, EngagementKpi kpi, boolean stage) {
        List<ReportVersionEntity> ofMonth =
                versions.findByEngagementIdAndReportMonthOrderByVersionNumberDesc(engagementId, month.atDay(1));
        if (ofMonth.isEmpty()) {
            return false;
        }
        return ReportVersionQueryService.attainment(
                        queries.targetsOf(engagementId), month, ReportHistory.kpiSums(ofMonth.getFirst()))
                .stream()
                .anyMatch(a -> a.kpi() == kpi
                        && (a.stageMonth() != null) == stage
                        && a.attainment() != null
                        && a.attainment().compareTo(BigDecimal.ONE) < 0);
    }

    private Set<Long> otherSide(EngagementEntity engagement, Party side) {
        return side == Party.AGENCY
                ? memberships.recipients(null)
                : memberships.recipients(engagement.vendorOrganisationId());
    }

    private void publish(MissAction action, EngagementEntity engagement, MissEntity miss, Set<Long> toTell) {
        MembershipInfo me = currentUser.requireMembership();
        events.publishEvent(new ReportEvents.MissChanged(
                me.tenantId(),
                me.userId(),
                me.role().name(),
                action,
                engagement.id(),
                engagement.title(),
                YearMonth.from(miss.reportMonth()).toString(),
                miss.kpi().name() + (miss.stage() ? " (stage)" : "") + ": " + miss.cause() + " — " + miss.note(),
                Set.copyOf(toTell)));
    }
}
