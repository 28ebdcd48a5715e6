package app.baton.experiments;

import app.baton.approvals.ApprovalPolicy;
import app.baton.approvals.Violation;
import app.baton.budgets.BudgetPlanService;
import app.baton.budgets.BudgetRequestService;
import app.baton.budgets.BudgetReservationService;
import app.baton.budgets.BudgetReservationService.TierAvailability;
import app.baton.budgets.BudgetSheet;
import app.baton.budgets.ChannelService;
import app.baton.budgets.ChannelService.ChannelView;
import app.baton.budgets.GuardrailService;
import app.baton.budgets.Guardrails;
import app.baton.budgets.RequestKind;
import app.baton.budgets.Tier;
import app.baton.experiments.internal.ExperimentEntity;
import app.baton.experiments.internal.ExperimentRepository;
import app.baton.reports.EngagementService;
import app.baton.security.AccountDirectory;
import app.baton.security.AccountSummary;
import app.baton.security.BatonUser;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipInfo;
import app.baton.security.MembershipRole;
import app.baton.shared.DomainException;
import app.baton.shared.Money;
import app.baton.tenancy.MembershipService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Growth experiments: propose (successors and founders), decide (founders; approval reserves the budget in the
 * experiment tier in the same transaction), run, report results against the pre-registered metrics, and conclude.
 * Who may decide follows {@link ApprovalPolicy}, as for budget requests.
 */
@Service
public class ExperimentService {

    private static final int MAX_TEXT = 2000;

    private final ExperimentRepository experiments;
    private final ChannelService channels;
    private final EngagementService engagements;
    private final GuardrailService guardrails;
    private final BudgetReservationService reservations;
    private final BudgetRequestService budgetRequests;
    private final BudgetPlanService plans;
    private final MembershipService memberships;
    private final AccountDirectory accounts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final app.baton.shared.web.BaseUrl baseUrl;
    private final org.springframework.context.MessageSource messages;

    ExperimentService(
            ExperimentRepository experiments,
            ChannelService channels,
            EngagementService engagements,
            GuardrailService guardrails,
            BudgetReservationService reservations,
            BudgetRequestService budgetRequests,
            BudgetPlanService plans,
            MembershipService memberships,
            AccountDirectory accounts,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock,
            app.baton.shared.web.BaseUrl baseUrl,
            org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.experiments = experiments;
        this.channels = channels;
        this.engagements = engagements;
        this.guardrails = guardrails;
        this.reservations = reservations;
        this.budgetRequests = budgetRequests;
        this.plans = plans;
        this.memberships = memberships;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    /** An experiment in a list or on the board. */
    public record ExperimentRow(
            long id,
            String title,
            long channelId,
            ExperimentMethod method,
            BigDecimal budget,
            String currency,
            LocalDate startDate,
            LocalDate endDate,
            ExperimentStatus status,
            long proposerUserId,
            String proposerName,
            List<Metric.Outcome> outcomes,
            @Nullable Conclusion conclusion) {}

    /** One line of the history: what, who, when, and the comment or reason given. */
    public record HistoryLine(
            String action, @Nullable String who, @Nullable String comment, Instant at) {}

    /** Everything the detail page shows, and what the signed-in person may do there. */
    public record ExperimentDetail(
            ExperimentRow row,
            String hypothesis,
            List<Metric> metrics,
            @Nullable Conclusion suggestion,
            @Nullable BigDecimal actualSpend,
            @Nullable String learnings,
            BigDecimal held,
            List<Violation> violations,
            Set<String> stillNeeded,
            List<HistoryLine> history,
            long version,
            boolean mayEdit,
            boolean mayDecide,
            boolean mayStart,
            boolean maySubmitResults,
            boolean mayConclude,
            boolean mayAttach,
            @Nullable Long engagementId,
            @Nullable String engagementName) {}

    /**
     * What the form shows as the person types: the share of the experiment tier's free money, broken guardrails,
     * and for the founder the worst-case loss (the whole budget) and how long until results.
     */
    public record ProposalCheck(
            @Nullable TierAvailability tier,
            @Nullable BigDecimal shareOfFree,
            List<Violation> violations,
            boolean moreThanFree,
            BigDecimal worstCaseLoss,
            long daysUntilResults) {}

    /** A metric's result: the actual value, or the two raw figures it is computed from. */
    public record ResultInput(
            @Nullable BigDecimal actual,
            @Nullable BigDecimal firstFigure,
            @Nullable BigDecimal secondFigure) {}

    /** A person's record as a proposer, shown beside the delegated limit. */
    public record TrackRecord(
            long userId,
            String name,
            long concluded,
            long metTargets,
            @Nullable BigDecimal metShare,
            BigDecimal totalSpent,
            BigDecimal totalScaledUp,
            @Nullable Long averageDaysToDecision,
            @Nullable BigDecimal suggestedLimit) {}

    /** An experiment's money and dates, for the dashboard and the monthly review (no metrics loaded). */
    public record ExperimentFigure(
            long id,
            String title,
            long channelId,
            ExperimentStatus status,
            BigDecimal budget,
            @Nullable BigDecimal actualSpend,
            LocalDate startDate,
            LocalDate endDate,
            long proposerUserId) {}

    /** Every experiment of the company as figures, in one query. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public List<ExperimentFigure> figures() {
        return experiments.findAllByOrderByCreatedAtDesc().stream()
                .map(e -> new ExperimentFigure(
                        e.id(),
                        e.title(),
                        e.channelId(),
                        e.status(),
                        e.requestedBudget(),
                        e.actualSpend(),
                        e.startDate(),
                        e.endDate(),
                        e.proposerUserId()))
                .toList();
    }

    /** Every experiment of the company, newest first. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public List<ExperimentRow> experiments() {
        List<ExperimentEntity> all = experiments.findAllByOrderByCreatedAtDesc();
        Map<Long, String> names =
                names(all.stream().map(ExperimentEntity::proposerUserId).toList());
        String currency = currency();
        return all.stream().map(e -> row(e, names, currency)).toList();
    }

    /** How many experiments wait for the signed-in person (see {@link #waitingForMe()}); zero for an agency. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long waitingForMeCount() {
        // the same experiments as the list, without the names and rows the list shows: the badge's count on every
        // navigation (issue 16)
        return waitingEntities().size();
    }

    /**
     * The experiments that wait for the signed-in person, oldest first: for a founder, proposals and results
     * someone else submitted that they have not approved yet; for the successor, their own experiments sent back
     * for changes, and their running experiments whose end date has passed (results are due). Empty for an agency.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ExperimentRow> waitingForMe() {
        List<ExperimentEntity> waiting = waitingEntities();
        if (waiting.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names =
                names(waiting.stream().map(ExperimentEntity::proposerUserId).toList());
        String currency = currency();
        return waiting.stream()
                .sorted(java.util.Comparator.comparing(ExperimentEntity::id))
                .map(e -> row(e, names, currency))
                .toList();
    }

    /** The one definition of what waits for the signed-in person, behind both the list and its count. */
    private List<ExperimentEntity> waitingEntities() {
        MembershipInfo membership = currentUser.membership().orElse(null);
        if (membership == null || membership.role() == MembershipRole.VENDOR) {
            return List.of();
        }
        long me = me();
        List<ExperimentEntity> waiting;
        if (membership.role() == MembershipRole.FOUNDER) {
            waiting =
                    experiments
                            .findByStatusIn(List.of(ExperimentStatus.SUBMITTED, ExperimentStatus.RESULTS_SUBMITTED))
                            .stream()
                            // results wait for every founder but the proposer until one concludes (as the
                            // detail's conclude button); a proposal until this founder approved it
                            .filter(e -> e.proposerUserId() != me
                                    && (e.status() == ExperimentStatus.RESULTS_SUBMITTED
                                            || !e.approvedBy().contains(me)))
                            .toList();
        } else {
            LocalDate today = LocalDate.now(clock.withZone(membership.zoneId()));
            waiting =
                    experiments
                            .findByStatusIn(List.of(ExperimentStatus.CHANGES_REQUESTED, ExperimentStatus.RUNNING))
                            .stream()
                            .filter(e -> e.proposerUserId() == me
                                    && (e.status() == ExperimentStatus.CHANGES_REQUESTED
                                            || e.endDate().isBefore(today)))
                            .toList();
        }
        return waiting;
    }

    /** One experiment with its metrics, history and the actions open to the signed-in person. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public ExperimentDetail detail(long experimentId) {
        return detail(load(experimentId));
    }

    /** {@link ProposalDefaults#period(LocalDate, List)} for today in the company's time zone. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public ProposalDefaults.Period defaultPeriod() {
        return ProposalDefaults.period(
                LocalDate.now(clock.withZone(currentUser.requireMembership().zoneId())), plans.plans());
    }

    /** Checks a proposal against the guardrails and the experiment tier without saving anything. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public ProposalCheck check(BigDecimal budget, LocalDate startDate, LocalDate endDate) {
        Guardrails rules = guardrails.current().values();
        List<Violation> violations = BudgetSheet.checkExperiment(budget, rules);
        TierAvailability tier = reservations.availability(startDate).orElse(null);
        BigDecimal share = tier == null ? null : Money.percent(budget, tier.free());
        boolean moreThanFree = tier == null || budget.compareTo(tier.free()) > 0;
        long days = Math.max(0, ChronoUnit.DAYS.between(today(), endDate));
        return new ProposalCheck(tier, share, violations, moreThanFree, budget, days);
    }

    /** Drafts a proposal. Bad input is refused with a translated message; nothing is saved then. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional
    public ExperimentDetail create(Proposal proposal) {
        Proposal clean = validate(proposal);
        BatonUser me = currentUser.require();
        ExperimentEntity experiment = experiments.saveAndFlush(new ExperimentEntity(
                clean, me.userId(), currentUser.requireMembership().timeZone(), clock.instant()));
        publish(experiment, "EXPERIMENT_CREATED", "→ " + experiment.title(), null);
        return detail(experiment);
    }

    /** The proposer changes a draft, or a proposal a founder sent back with comments. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional
    public ExperimentDetail update(long experimentId, long expectedVersion, Proposal proposal) {
        ExperimentEntity experiment = load(experimentId, expectedVersion);
        requireProposer(experiment);
        experiment.edit(validate(proposal), me(), clock.instant());
        return saved(experiment, "EXPERIMENT_EDITED", experiment.title(), null);
    }

    /** The proposer submits for the founders' decision; the start date must not have passed. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional
    public ExperimentDetail submit(long experimentId, long expectedVersion) {
        ExperimentEntity experiment = load(experimentId, expectedVersion);
        requireProposer(experiment);
        if (experiment.startDate().isBefore(today())) {
            throw new DomainException("experiment.startInPast");
        }
        experiment.submit(me(), clock.instant());
        return saved(experiment, "EXPERIMENT_SUBMITTED", summary(experiment), null);
    }

    /**
     * A founder approves. Above the per-experiment maximum only with a written override; never more than the
     * experiment tier has free. With the "every founder" policy it waits for the other founders; the last yes
     * reserves the budget in the same transaction.
     */
    @PreAuthorize("hasRole('FOUNDER')")
    @Transactional
    public ExperimentDetail approve(long experimentId, long expectedVersion, @Nullable String overrideReason) {
        ExperimentEntity experiment = load(experimentId, expectedVersion);
        ApprovalPolicy.requireMayDecide(me(), currentUser.requireMembership().role(), experiment.proposerUserId());
        Guardrails rules = guardrails.current().values();
        List<Violation> violations = BudgetSheet.checkExperiment(experiment.requestedBudget(), rules);
        String override = overrideReason == null || overrideReason.isBlank() ? null : limit(overrideReason);
        ApprovalPolicy.requireApprovable(violations, override);
        experiment.addApproval(me(), violations.isEmpty() ? null : override, clock.instant());
        // written now: a second window of the same founder approving at the same moment fails here, in words
        flush(experiment);
        if (!violations.isEmpty()) {
            publish(experiment, "EXPERIMENT_OVERRIDDEN", "PER_EXPERIMENT_MAX " + summary(experiment), override);
        }
        Set<Long> stillNeeded = ApprovalPolicy.stillNeeded(
                experiment.requestedBudget(),
                rules.multiFounderPolicy(),
                rules.multiFounderThreshold(),
                memberships.founderUserIds(),
                experiment.proposerUserId(),
                experiment.approvedBy());
        if (!stillNeeded.isEmpty()) {
            return saved(experiment, "EXPERIMENT_PARTIALLY_APPROVED", summary(experiment), override);
        }
        reservations.reserve(experiment.id(), experiment.startDate(), experiment.requestedBudget());
        experiment.markApproved(clock.instant());
        return saved(experiment, "EXPERIMENT_APPROVED", summary(experiment), override);
    }

    /** A founder rejects, with a reason. */
    @PreAuthorize("hasRole('FOUNDER')")
    @Transactional
    public ExperimentDetail reject(long experimentId, long expectedVersion, String reason) {
        ExperimentEntity experiment = load(experimentId, expectedVersion);
        ApprovalPolicy.requireMayDecide(me(), currentUser.requireMembership().role(), experiment.proposerUserId());
        ApprovalPolicy.requireRejectionReason(reason);
        experiment.reject(me(), limit(reason), clock.instant());
        return saved(experiment, "EXPERIMENT_REJECTED", summary(experiment), limit(reason));
    }

    /** A founder sends it back for changes; the comments stay on the record. */
    @PreAuthorize("hasRole('FOUNDER')")
    @Transactional
    public ExperimentDetail requestChanges(long experimentId, long expectedVersion, String comments) {
        ExperimentEntity experiment = load(experimentId, expectedVersion);
        ApprovalPolicy.requireMayDecide(me(), currentUser.requireMembership().role(), experiment.proposerUserId());
        if (comments.isBlank()) {
            throw new DomainException("experiment.commentsRequired");
        }
        experiment.requestChanges(me(), limit(comments), clock.instant());
        return saved(experiment, "EXPERIMENT_CHANGES_REQUESTED", summary(experiment), limit(comments));
    }

    /** Starts an approved experiment by hand (the proposer or a founder); otherwise it starts on its start date. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional
    public ExperimentDetail start(long experimentId, long expectedVersion) {
        ExperimentEntity experiment = load(experimentId, expectedVersion);
        requireProposerOrFounder(experiment);
        experiment.start(me(), clock.instant());
        return saved(experiment, "EXPERIMENT_STARTED", summary(experiment), null);
    }

    /**
     * Results of a running experiment: per metric the actual value or the raw figures it is computed from with the
     * product's KPI formulas, the actual spend, and what was learnt. The metrics themselves cannot change.
     */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional
    public ExperimentDetail submitResults(
            long experimentId, long expectedVersion, List<ResultInput> results, BigDecimal spend, String learnings) {
        ExperimentEntity experiment = load(experimentId, expectedVersion);
        requireProposerOrFounder(experiment);
        List<Metric> metrics = experiment.metrics();
        if (results.size() != metrics.size()) {
            throw new DomainException("experiment.results.everyMetric");
        }
        List<@Nullable BigDecimal> actuals = new ArrayList<>();
        for (int i = 0; i < metrics.size(); i++) {
            actuals.add(actual(metrics.get(i), results.get(i)));
        }
        if (spend.signum() < 0) {
            throw new DomainException("money.negative");
        }
        if (learnings.isBlank()) {
            throw new DomainException("experiment.learningsRequired");
        }
        experiment.submitResults(me(), actuals, Money.exact(spend, currency()), learnings.strip(), clock.instant());
        return saved(
                experiment,
                "EXPERIMENT_RESULTS_SUBMITTED",
                summary(experiment) + " · spent " + Money.plain(spend),
                null);
    }

    /**
     * The founder concludes. SCALE_UP opens a budget increase into {@code targetTier} for {@code amount} in the
     * proposer's name with the experiment as evidence; EXTEND moves the end to {@code newEnd} (and opens a request
     * for {@code amount} when above zero); STOP releases what the experiment did not spend back to the tier.
     *
     * The extra money starts in {@code firstMonth}, chosen by the founder (one of {@link #monthsForMoney}), spread over
     * it and the rest of the plan; {@code null}: from next month.
     *
     * @return the id of the budget request opened, if any
     */
    @PreAuthorize("hasRole('FOUNDER')")
    @Transactional
    public @Nullable Long conclude(
            long experimentId,
            long expectedVersion,
            Conclusion decision,
            @Nullable Tier targetTier,
            @Nullable BigDecimal amount,
            @Nullable LocalDate newEnd,
            @Nullable YearMonth firstMonth,
            @Nullable String comment) {
        ExperimentEntity experiment = load(experimentId, expectedVersion);
        ApprovalPolicy.requireMayDecide(me(), currentUser.requireMembership().role(), experiment.proposerUserId());
        String note = comment == null || comment.isBlank() ? null : limit(comment);
        experiment.conclude(me(), decision, newEnd, note, clock.instant());
        Long requestId = null;
        switch (decision) {
            case STOP -> {
                BigDecimal released = reservations.release(
                        experiment.id(), experiment.actualSpend() == null ? BigDecimal.ZERO : experiment.actualSpend());
                note = (note == null ? "" : note + " · ") + "released " + Money.plain(released);
            }
            case SCALE_UP -> {
                BigDecimal extra = positive(amount);
                requestId = openRequest(
                        experiment,
                        targetTier == null ? Tier.EXPERIMENT : targetTier,
                        extra,
                        decision,
                        note,
                        firstMonth);
                experiment.recordScaleUp(extra);
            }
            case EXTEND -> {
                if (amount != null && amount.signum() > 0) {
                    requestId = openRequest(experiment, Tier.EXPERIMENT, positive(amount), decision, note, firstMonth);
                }
            }
        }
        saved(experiment, "EXPERIMENT_CONCLUDED_" + decision.name(), summary(experiment), note);
        suggestLimitIfEarned(experiment);
        return requestId;
    }

    /** A proposer's record: concluded experiments, how many met their targets, spend, scale-ups, decision time. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public TrackRecord trackRecord(long userId) {
        List<ExperimentEntity> mine = experiments.findByProposerUserId(userId);
        List<ExperimentEntity> concluded = mine.stream()
                .filter(e -> e.status() == ExperimentStatus.CONCLUDED)
                .toList();
        long met = concluded.stream()
                .filter(e -> e.metrics().stream().allMatch(m -> m.outcome() == Metric.Outcome.MET))
                .count();
        BigDecimal spent = mine.stream()
                .map(ExperimentEntity::actualSpend)
                .filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal scaled = mine.stream()
                .map(ExperimentEntity::scaledUp)
                .filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Long> days = mine.stream()
                .filter(e -> e.submittedAt() != null && e.decidedAt() != null)
                .map(e -> Duration.between(e.submittedAt(), e.decidedAt()).toDays())
                .toList();
        Long average = days.isEmpty()
                ? null
                : Math.round(days.stream().mapToLong(Long::longValue).average().orElse(0));
        BigDecimal share = concluded.isEmpty()
                ? null
                : Money.percent(BigDecimal.valueOf(met), BigDecimal.valueOf(concluded.size()));
        BigDecimal suggested = suggestedLimit(concluded, met);
        String name = accounts.byId(userId).map(AccountSummary::displayName).orElse("#" + userId);
        return new TrackRecord(userId, name, concluded.size(), met, share, spent, scaled, average, suggested);
    }

    /**
     * When a conclusion makes the proposer's record strong enough to suggest a higher delegated limit than the one
     * in force, the suggestion goes into the audit log (the founders decide in the guardrails, also audited).
     */
    private void suggestLimitIfEarned(ExperimentEntity experiment) {
        TrackRecord record = trackRecord(experiment.proposerUserId());
        BigDecimal current = guardrails.current().values().delegatedLimit();
        if (record.suggestedLimit() != null && record.suggestedLimit().compareTo(current) > 0) {
            publish(
                    experiment,
                    "DELEGATED_LIMIT_SUGGESTED",
                    record.name() + ": " + record.metTargets() + "/" + record.concluded() + " met; delegated limit "
                            + Money.plain(current) + " → suggested " + Money.plain(record.suggestedLimit()),
                    null);
        }
    }

    /** The records of everyone who proposed experiments in this company. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public List<TrackRecord> trackRecords() {
        Set<Long> proposers = experiments.findAllByOrderByCreatedAtDesc().stream()
                .map(ExperimentEntity::proposerUserId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return proposers.stream().map(this::trackRecord).toList();
    }

    /**
     * A strong record (three or more concluded, at least two thirds meeting their targets) suggests a delegated
     * limit of the largest budget such an experiment had; the founder decides.
     */
    private static @Nullable BigDecimal suggestedLimit(List<ExperimentEntity> concluded, long met) {
        if (concluded.size() < 3 || met * 3 < concluded.size() * 2L) {
            return null;
        }
        return concluded.stream()
                .filter(e -> e.metrics().stream().allMatch(m -> m.outcome() == Metric.Outcome.MET))
                .map(ExperimentEntity::requestedBudget)
                .max(BigDecimal::compareTo)
                .orElse(null);
    }

    /**
     * The months a conclusion's extra money may start in, for the dialog: the plan's months from next month on (the
     * plan's last month when the year is over), first the one offered by default.
     */
    @PreAuthorize("hasRole('FOUNDER')")
    @Transactional(readOnly = true)
    public List<YearMonth> monthsForMoney(long experimentId) {
        ExperimentEntity experiment =
                experiments.findById(experimentId).orElseThrow(() -> new DomainException("experiment.notFound"));
        return planForMoney(experiment).map(this::monthsAhead).orElse(List.of());
    }

    /** The active plan of this year, or else the one the experiment ran in. */
    private java.util.Optional<BudgetPlanService.PlanView> planForMoney(ExperimentEntity experiment) {
        List<BudgetPlanService.PlanView> active = plans.plans().stream()
                .filter(p -> p.status() == app.baton.budgets.PlanStatus.ACTIVE)
                .map(p -> plans.plan(p.id()))
                .toList();
        return active.stream()
                .filter(p -> p.months().contains(YearMonth.from(today())))
                .findFirst()
                .or(() -> active.stream()
                        .filter(p -> p.months().contains(YearMonth.from(experiment.endDate())))
                        .findFirst());
    }

    private List<YearMonth> monthsAhead(BudgetPlanService.PlanView plan) {
        YearMonth from = YearMonth.from(today()).plusMonths(1);
        List<YearMonth> months =
                plan.months().stream().filter(m -> !m.isBefore(from)).toList();
        return months.isEmpty() ? List.of(plan.months().getLast()) : months;
    }

    private Long openRequest(
            ExperimentEntity experiment,
            Tier tier,
            BigDecimal amount,
            Conclusion decision,
            @Nullable String note,
            @Nullable YearMonth firstMonth) {
        BudgetPlanService.PlanView plan =
                planForMoney(experiment).orElseThrow(() -> new DomainException("experiment.noActivePlan"));
        // the money goes into the months still ahead, from the one the founder chose
        List<YearMonth> ahead = monthsAhead(plan);
        if (firstMonth != null && !ahead.contains(firstMonth)) {
            throw new DomainException("experiment.conclude.monthOutsidePlan");
        }
        YearMonth start = firstMonth == null ? ahead.getFirst() : firstMonth;
        List<YearMonth> months = ahead.stream().filter(m -> !m.isBefore(start)).toList();
        MembershipRole proposerRole = memberships.members().stream()
                .filter(m -> m.userId() == experiment.proposerUserId())
                .map(MembershipService.MemberView::role)
                .findFirst()
                .orElseThrow(() -> new DomainException("experiment.proposerGone"));
        BudgetRequestService.RequestCommand command = new BudgetRequestService.RequestCommand(
                plan.id(),
                plan.changeCount(),
                RequestKind.INCREASE,
                amount,
                null,
                null,
                List.of(),
                tier,
                experiment.channelId(),
                months,
                requestReason(experiment, decision, note),
                baseUrl.get() + "experiments/" + experiment.id());
        return budgetRequests
                .submitFor(experiment.proposerUserId(), proposerRole, command)
                .row()
                .id();
    }

    /**
     * The reason of the request a conclusion opens, in the deciding founder's language (the request is read by the
     * founders and the successor of one family), with the founder's comment carried over.
     */
    private String requestReason(ExperimentEntity experiment, Conclusion decision, @Nullable String note) {
        java.util.Locale locale =
                app.baton.shared.i18n.Messages.supported(currentUser.require().languageTag());
        String reason = messages.getMessage(
                "experiment.requestReason." + decision.name(),
                new Object[] {Long.toString(experiment.id()), experiment.title()},
                locale);
        return note == null
                ? reason
                : messages.getMessage("experiment.requestReason.comment", new Object[] {reason, note}, locale);
    }

    private @Nullable BigDecimal actual(Metric metric, ResultInput input) {
        if (input.actual() != null) {
            return input.actual();
        }
        if (input.firstFigure() != null
                && input.secondFigure() != null
                && metric.kind().computable()) {
            return metric.kind().compute(input.firstFigure(), input.secondFigure());
        }
        return null;
    }

    private Proposal validate(Proposal proposal) {
        String title = proposal.title().strip();
        if (title.isEmpty() || title.length() > 200) {
            throw new DomainException("experiment.titleRequired");
        }
        String hypothesis = proposal.hypothesis().strip();
        if (hypothesis.isEmpty() || hypothesis.length() > MAX_TEXT) {
            throw new DomainException("experiment.hypothesisRequired");
        }
        ChannelView channel = channels.channels().stream()
                .filter(c -> c.id() == proposal.channelId())
                .findFirst()
                .orElseThrow(() -> new DomainException("budget.channel.notFound"));
        if (channel.archived()) {
            throw new DomainException("budget.channel.archived");
        }
        BigDecimal budget = Money.exact(positive(proposal.requestedBudget()), currency());
        if (!proposal.endDate().isAfter(proposal.startDate())) {
            throw new DomainException("experiment.endBeforeStart");
        }
        if (proposal.startDate().isBefore(today())) {
            throw new DomainException("experiment.startInPast");
        }
        Metric.validate(proposal.metrics());
        if (proposal.engagementId() != null) {
            // an engagement of this company (another company's id is simply not found)
            engagements.engagement(proposal.engagementId());
        }
        return new Proposal(
                title,
                hypothesis,
                proposal.channelId(),
                proposal.method(),
                budget,
                proposal.startDate(),
                proposal.endDate(),
                proposal.metrics().stream().map(m -> m.withActual(null)).toList(),
                proposal.engagementId());
    }

    private static BigDecimal positive(@Nullable BigDecimal amount) {
        if (amount == null || amount.signum() <= 0) {
            throw new DomainException("request.amountPositive");
        }
        return amount;
    }

    private ExperimentDetail saved(
            ExperimentEntity experiment, String action, String summary, @Nullable String reason) {
        flush(experiment);
        publish(experiment, action, summary, reason);
        return detail(experiment);
    }

    /** Writes the experiment now, so the loser of a race is told in words. */
    private void flush(ExperimentEntity experiment) {
        try {
            experiments.saveAndFlush(experiment);
        } catch (OptimisticLockingFailureException | org.springframework.dao.PessimisticLockingFailureException e) {
            throw new DomainException("budget.changedConcurrently");
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            // one approval per founder: the same founder decided in another window at the same moment
            throw new DomainException("budget.decidedConcurrently");
        }
    }

    private void publish(ExperimentEntity experiment, String action, String summary, @Nullable String reason) {
        MembershipInfo membership = currentUser.requireMembership();
        Set<Long> founders = new LinkedHashSet<>(memberships.founderUserIds());
        founders.remove(experiment.proposerUserId());
        events.publishEvent(new ExperimentEvents.ExperimentChanged(
                membership.tenantId(),
                me(),
                membership.role().name(),
                action,
                experiment.id(),
                experiment.title(),
                experiment.proposerUserId(),
                Set.copyOf(founders),
                "#" + experiment.id() + " " + summary,
                reason));
    }

    private ExperimentDetail detail(ExperimentEntity experiment) {
        MembershipInfo membership = currentUser.requireMembership();
        long me = me();
        boolean founder = membership.role() == MembershipRole.FOUNDER;
        boolean proposer = experiment.proposerUserId() == me;
        Set<Long> people = new HashSet<>();
        people.add(experiment.proposerUserId());
        experiment.events().forEach(e -> {
            if (e.userId() != null) {
                people.add(e.userId());
            }
        });
        Guardrails rules = guardrails.current().values();
        Set<Long> stillNeeded = Set.of();
        if (experiment.status() == ExperimentStatus.SUBMITTED) {
            stillNeeded = ApprovalPolicy.stillNeeded(
                    experiment.requestedBudget(),
                    rules.multiFounderPolicy(),
                    rules.multiFounderThreshold(),
                    memberships.founderUserIds(),
                    experiment.proposerUserId(),
                    experiment.approvedBy());
            people.addAll(stillNeeded);
        }
        Map<Long, String> names = names(people);
        List<HistoryLine> history = experiment.events().stream()
                .map(e -> new HistoryLine(
                        e.action(), e.userId() == null ? null : name(names, e.userId()), e.comment(), e.occurredAt()))
                .toList();
        ExperimentStatus status = experiment.status();
        boolean decider = founder && !proposer;
        return new ExperimentDetail(
                row(experiment, names, membership.currency()),
                experiment.hypothesis(),
                experiment.metrics(),
                Metric.suggestion(experiment.metrics()),
                experiment.actualSpend(),
                experiment.learnings(),
                reservations.held(experiment.id()),
                BudgetSheet.checkExperiment(experiment.requestedBudget(), rules),
                stillNeeded.stream().map(id -> name(names, id)).collect(Collectors.toCollection(LinkedHashSet::new)),
                history,
                experiment.version(),
                proposer && status.editable(),
                decider
                        && status == ExperimentStatus.SUBMITTED
                        && !experiment.approvedBy().contains(me),
                (proposer || founder) && status == ExperimentStatus.APPROVED,
                (proposer || founder) && status == ExperimentStatus.RUNNING,
                decider && status == ExperimentStatus.RESULTS_SUBMITTED,
                (proposer || founder)
                        && (status == ExperimentStatus.RUNNING || status == ExperimentStatus.RESULTS_SUBMITTED),
                experiment.engagementId(),
                engagementName(experiment.engagementId()));
    }

    private @Nullable String engagementName(@Nullable Long engagementId) {
        if (engagementId == null) {
            return null;
        }
        try {
            var e = engagements.engagement(engagementId);
            return e.agencyName() + " · " + e.title();
        } catch (DomainException gone) {
            return null;
        }
    }

    private static ExperimentRow row(ExperimentEntity e, Map<Long, String> names, String currency) {
        return new ExperimentRow(
                e.id(),
                e.title(),
                e.channelId(),
                e.method(),
                e.requestedBudget(),
                currency,
                e.startDate(),
                e.endDate(),
                e.status(),
                e.proposerUserId(),
                name(names, e.proposerUserId()),
                e.metrics().stream().map(Metric::outcome).toList(),
                e.conclusion());
    }

    private ExperimentEntity load(long experimentId) {
        return experiments.findById(experimentId).orElseThrow(() -> new DomainException("experiment.notFound"));
    }

    private ExperimentEntity load(long experimentId, long expectedVersion) {
        ExperimentEntity experiment = load(experimentId);
        if (experiment.version() != expectedVersion) {
            throw new DomainException("budget.changedConcurrently");
        }
        return experiment;
    }

    private void requireProposer(ExperimentEntity experiment) {
        if (experiment.proposerUserId() != me()) {
            throw new DomainException("experiment.proposerOnly");
        }
    }

    private void requireProposerOrFounder(ExperimentEntity experiment) {
        if (experiment.proposerUserId() != me()
                && currentUser.requireMembership().role() != MembershipRole.FOUNDER) {
            throw new DomainException("experiment.proposerOnly");
        }
    }

    private Map<Long, String> names(Collection<Long> userIds) {
        return accounts.displayNames(userIds);
    }

    private static String name(Map<Long, String> names, long userId) {
        return names.getOrDefault(userId, "#" + userId);
    }

    private String summary(ExperimentEntity e) {
        return e.title() + " · " + currency() + " " + Money.plain(e.requestedBudget()) + " · " + e.startDate() + "–"
                + e.endDate() + " · " + e.status();
    }

    private static String limit(String text) {
        String clean = text.strip();
        if (clean.length() > MAX_TEXT) {
            throw new DomainException("request.textTooLong", MAX_TEXT);
        }
        return clean;
    }

    private long me() {
        return currentUser.require().userId();
    }

    private String currency() {
        return currentUser.requireMembership().currency();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(currentUser.requireMembership().zoneId()));
    }
}
