package app.baton.reports;

import app.baton.budgets.ChannelService;
import app.baton.reports.ReportEvents.EngagementAction;
import app.baton.reports.internal.EngagementEntity;
import app.baton.reports.internal.EngagementRepository;
import app.baton.reports.internal.KpiTargetEntity;
import app.baton.reports.internal.KpiTargetRepository;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipInfo;
import app.baton.shared.DomainException;
import app.baton.shared.Money;
import app.baton.shared.TextLimits;
import app.baton.tenancy.MembershipService;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to vendor engagements (外包合約): founders — and successors when the founders' guardrails allow it — create
 * and change them, with their targets, fee split and conversion definition; each change is audited. What a person may
 * see of them is {@link EngagementQueryService}.
 *
 * <p>Size (about 330 lines): a third is the {@link Form} record with the constraints the form shows as the founder
 * types; the rest are the checks a form cannot make (channels that exist, stage targets inside the term, the fee
 * split) and the two commands.
 */
@Service
public class EngagementService {

    public static final int DEFAULT_DUE_DAY = 10;

    private final EngagementRepository engagements;
    private final KpiTargetRepository targets;
    private final EngagementQueryService queries;
    private final MembershipService memberships;
    private final ChannelService channels;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EngagementService(
            EngagementRepository engagements,
            KpiTargetRepository targets,
            EngagementQueryService queries,
            MembershipService memberships,
            ChannelService channels,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.engagements = engagements;
        this.targets = targets;
        this.queries = queries;
        this.memberships = memberships;
        this.channels = channels;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * What a founder fills in. Amounts in the company currency; the due day is a day of the next month (1–28). The
     * engagement form is bound to this record ({@code CommandBinder}): its constraints are what the form says beside
     * each field as the founder types, with the keys this service refuses with. Only the canonical constructor (the
     * form's {@code Binder.writeRecord} calls the first one).
     */
    public record Form(
            @NotBlank(message = "engagement.agencyRequired")
            @Size(max = TextLimits.NAME, message = "engagement.agencyRequired")
            String agencyName,

            @NotBlank(message = "engagement.titleRequired")
            @Size(max = TextLimits.NAME, message = "engagement.titleRequired")
            String title,

            @NotEmpty(message = "engagement.channelsRequired")
            Set<Long> channelIds,

            @Size(max = TextLimits.TEXT, message = "engagement.tooLong")
            String deliverables,

            @Size(max = TextLimits.TEXT, message = "engagement.tooLong")
            String vendorDuties,

            @Size(max = TextLimits.TEXT, message = "engagement.tooLong")
            String inHouseDuties,

            @PositiveOrZero(message = "engagement.negative") BigDecimal monthlyFee,
            @PositiveOrZero(message = "engagement.negative") BigDecimal mediaSpendCap,

            @NotNull(message = "engagement.termRequired") @Nullable
            LocalDate start,

            @NotNull(message = "engagement.termRequired") @Nullable
            LocalDate end,

            @Min(value = 1, message = "engagement.dueDay.invalid")
            @Max(value = 28, message = "engagement.dueDay.invalid")
            int dueDay,

            List<EngagementTarget> targets,
            ConversionKind conversionKind,

            @Size(max = CONVERSION_DEFINITION, message = "engagement.conversionDefinitionTooLong")
            String conversionDefinition,

            Map<Long, Integer> feeSplit) {}

    /** The longest conversion definition kept. */
    public static final int CONVERSION_DEFINITION = 500;

    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional
    public EngagementView create(Form form) {
        requireManager();
        Clean clean = validate(form);
        MembershipService.Agency agency = memberships.agencyNamed(form.agencyName());
        long me = currentUser.require().userId();
        EngagementEntity saved = engagements.saveAndFlush(new EngagementEntity(
                agency.id(),
                clean.title,
                clean.channelIds,
                form.deliverables().strip(),
                form.vendorDuties().strip(),
                form.inHouseDuties().strip(),
                clean.fee,
                clean.cap,
                Objects.requireNonNull(form.start()),
                Objects.requireNonNull(form.end()),
                form.dueDay(),
                me,
                clock.instant()));
        saved.defineConversion(form.conversionKind(), conversionDefinition(form), thisMonth(), true);
        saved.splitFee(clean.feeSplit);
        engagements.saveAndFlush(saved);
        saveTargets(saved.id(), form.targets());
        publish(EngagementAction.CREATED, saved, "\"" + saved.title() + "\" " + agency.name() + ": " + describe(saved));
        return queries.engagement(saved.id());
    }

    /** Changes an engagement; a form older than the stored engagement is refused ({@code engagement.changed}). */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional
    public EngagementView update(long id, long expectedVersion, Form form) {
        requireManager();
        EngagementEntity engagement = queries.visible(id);
        if (engagement.version() != expectedVersion) {
            throw new DomainException("engagement.changed");
        }
        Clean clean = validate(form);
        String before = describe(engagement);
        engagement.keepFeeBefore(thisMonth(), clean.fee);
        engagement.update(
                clean.title,
                clean.channelIds,
                form.deliverables().strip(),
                form.vendorDuties().strip(),
                form.inHouseDuties().strip(),
                clean.fee,
                clean.cap,
                Objects.requireNonNull(form.start()),
                Objects.requireNonNull(form.end()),
                form.dueDay());
        // a new definition of a conversion starts a new period in the KPI trends from this month
        engagement.defineConversion(form.conversionKind(), conversionDefinition(form), thisMonth(), false);
        engagement.splitFee(clean.feeSplit);
        try {
            engagements.saveAndFlush(engagement);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new DomainException("engagement.changed");
        }
        String targetChange = retarget(id, form.targets());
        publish(EngagementAction.UPDATED, engagement, before + " → " + describe(engagement) + targetChange);
        return queries.engagement(id);
    }

    /**
     * Applies terms both sides agreed ({@link TermsService}): fee, spend cap, deliverables and duties from now, the
     * targets from this month (the months before stay judged against the targets in force then). Called inside the
     * terms service's transaction, by whichever side accepted last.
     */
    void applyAgreed(long engagementId, app.baton.reports.internal.TermsEntity terms) {
        EngagementEntity engagement =
                engagements.findById(engagementId).orElseThrow(() -> new DomainException("engagement.notFound"));
        String before = describe(engagement);
        engagement.keepFeeBefore(thisMonth(), terms.monthlyFee());
        engagement.applyTerms(
                terms.deliverables(),
                terms.vendorDuties(),
                terms.inHouseDuties(),
                terms.monthlyFee(),
                terms.mediaSpendCap());
        if (terms.termEnd() != null) {
            engagement.extendTo(terms.termEnd());
        }
        engagements.saveAndFlush(engagement);
        String targetChange = retarget(engagementId, terms.targets());
        publish(
                EngagementAction.UPDATED,
                engagement,
                "terms v" + terms.number() + " agreed: " + before + " → " + describe(engagement) + targetChange);
    }

    private YearMonth thisMonth() {
        return YearMonth.now(clock.withZone(currentUser.requireMembership().zoneId()));
    }

    /**
     * The agreed split of the monthly fee over the channels as stored ({@code id:percent,…} in channel order), empty
     * for an even split (one channel, or no percentages given). Refusal: {@code engagement.feeSplit.invalid} — every
     * channel of the engagement needs a whole percentage from 0 to 100, together 100.
     */
    private static String feeSplit(Form form) {
        Map<Long, Integer> split = form.feeSplit() == null ? Map.of() : form.feeSplit();
        if (split.isEmpty() || form.channelIds().size() < 2) {
            return "";
        }
        int sum = 0;
        for (Long id : form.channelIds()) {
            Integer percent = split.get(id);
            if (percent == null || percent < 0 || percent > 100) {
                throw new DomainException("engagement.feeSplit.invalid");
            }
            sum += percent;
        }
        if (sum != 100 || !form.channelIds().containsAll(split.keySet())) {
            throw new DomainException("engagement.feeSplit.invalid");
        }
        boolean even = split.values().stream().distinct().count() == 1;
        if (even) {
            return "";
        }
        return form.channelIds().stream()
                .sorted()
                .map(id -> id + ":" + split.get(id))
                .collect(Collectors.joining(","));
    }

    private static String conversionDefinition(Form form) {
        String text = form.conversionDefinition().strip();
        if (text.length() > CONVERSION_DEFINITION) {
            throw new DomainException("engagement.conversionDefinitionTooLong", CONVERSION_DEFINITION);
        }
        return text;
    }

    private void requireManager() {
        if (!queries.mayManage()) {
            throw new DomainException("engagement.foundersOnly");
        }
    }

    private record Clean(String title, String channelIds, BigDecimal fee, BigDecimal cap, String feeSplit) {}

    private Clean validate(Form form) {
        String currency = currentUser.requireMembership().currency();
        String title = app.baton.shared.Names.clean(form.title());
        if (title.isEmpty() || title.length() > TextLimits.NAME) {
            throw new DomainException("engagement.titleRequired");
        }
        if (form.start() == null || form.end() == null) {
            throw new DomainException("engagement.termRequired");
        }
        if (form.end().isBefore(form.start())) {
            throw new DomainException("engagement.endBeforeStart");
        }
        if (form.dueDay() < 1 || form.dueDay() > 28) {
            throw new DomainException("engagement.dueDay.invalid");
        }
        if (form.monthlyFee().signum() < 0 || form.mediaSpendCap().signum() < 0) {
            throw new DomainException("engagement.negative");
        }
        if (form.deliverables().length() > TextLimits.TEXT
                || form.vendorDuties().length() > TextLimits.TEXT
                || form.inHouseDuties().length() > TextLimits.TEXT) {
            throw new DomainException("engagement.tooLong", TextLimits.TEXT);
        }
        Set<Long> known = channels.channels().stream()
                .filter(c -> !c.archived())
                .map(ChannelService.ChannelView::id)
                .collect(Collectors.toSet());
        if (form.channelIds().isEmpty() || !known.containsAll(form.channelIds())) {
            throw new DomainException("engagement.channelsRequired");
        }
        checkTargets(form.targets(), form.start(), form.end());
        return new Clean(
                title,
                form.channelIds().stream().sorted().map(String::valueOf).collect(Collectors.joining(",")),
                Money.exact(form.monthlyFee(), currency),
                Money.exact(form.mediaSpendCap(), currency),
                feeSplit(form));
    }

    /**
     * Targets an engagement (or a version of its terms) may hold: each above zero, a stage target inside the term, no
     * KPI twice for the same month or the whole term.
     */
    static void checkTargets(List<EngagementTarget> list, LocalDate start, LocalDate end) {
        Set<String> seen = new HashSet<>();
        for (EngagementTarget target : list) {
            if (target.target().signum() <= 0) {
                throw new DomainException("engagement.targetPositive");
            }
            if (target.month() != null
                    && (target.month().isBefore(YearMonth.from(start))
                            || target.month().isAfter(YearMonth.from(end)))) {
                throw new DomainException(
                        "engagement.stageOutsideTerm", target.month().toString());
            }
            if (!seen.add(target.kpi() + "/" + target.month())) {
                throw new DomainException("engagement.targetTwice", target.kpi().name());
            }
        }
    }

    private void saveTargets(long engagementId, List<EngagementTarget> list) {
        saveTargets(engagementId, list, null);
    }

    private void saveTargets(long engagementId, List<EngagementTarget> list, @Nullable YearMonth from) {
        for (EngagementTarget target : list) {
            targets.save(new KpiTargetEntity(
                    engagementId,
                    target.kpi(),
                    target.month() == null ? null : target.month().atDay(1),
                    target.target(),
                    from));
        }
    }

    /**
     * Changed targets hold from this month on; the ones they replace stay, judging the months before (a month is
     * judged against the targets in force then, issue 19). Unchanged targets are left as they are; a target set
     * earlier this month is replaced outright. Returns what changed, for the audit log ("" when nothing did).
     */
    private String retarget(long engagementId, List<EngagementTarget> wanted) {
        List<KpiTargetEntity> current = targets.findByEngagementIdOrderByKpiAscTargetMonthAsc(engagementId).stream()
                .filter(KpiTargetEntity::current)
                .toList();
        java.util.Set<String> before = current.stream()
                .map(t -> key(t.kpi(), t.targetMonth() == null ? null : YearMonth.from(t.targetMonth()), t.target()))
                .collect(Collectors.toSet());
        java.util.Set<String> after =
                wanted.stream().map(t -> key(t.kpi(), t.month(), t.target())).collect(Collectors.toSet());
        if (before.equals(after)) {
            return "";
        }
        YearMonth from = thisMonth();
        for (KpiTargetEntity t : current) {
            if (t.inForceFrom() != null && !t.inForceFrom().isBefore(from)) {
                // set earlier this month: it never judged a month of its own
                targets.delete(t);
            } else {
                t.replaceFrom(from);
            }
        }
        targets.flush();
        saveTargets(engagementId, wanted, from);
        return "; targets from " + from + ": " + new java.util.TreeSet<>(before) + " → "
                + new java.util.TreeSet<>(after);
    }

    private static String key(EngagementKpi kpi, @Nullable YearMonth month, BigDecimal target) {
        return kpi + (month == null ? "" : "@" + month) + "="
                + target.stripTrailingZeros().toPlainString();
    }

    private void publish(EngagementAction action, EngagementEntity engagement, String summary) {
        MembershipInfo membership = currentUser.requireMembership();
        events.publishEvent(new ReportEvents.EngagementChanged(
                membership.tenantId(),
                currentUser.require().userId(),
                membership.role().name(),
                action,
                engagement.id(),
                engagement.title(),
                summary));
    }

    private static String describe(EngagementEntity e) {
        return "fee " + Money.plain(e.monthlyFee()) + ", cap " + Money.plain(e.mediaSpendCap()) + ", " + e.startDate()
                + ".." + e.endDate() + ", due day " + e.dueDay() + ", channels " + e.channelIds() + ", conversion "
                + e.conversionKind()
                + (e.conversionDefinition().isEmpty() ? "" : " \"" + e.conversionDefinition() + "\"")
                + (e.conversionSince() == null ? "" : " since " + YearMonth.from(e.conversionSince()))
                + (e.feeSplit().isEmpty() ? "" : ", fee split " + e.feeSplit());
    }
}
