package app.baton.experiments;

import app.baton.approvals.ApprovalPolicy;
import app.baton.approvals.Violation;
import app.baton.budgets.AuthorityService;
import app.baton.budgets.BudgetReservationService;
import app.baton.budgets.BudgetSheet;
import app.baton.budgets.GuardrailService;
import app.baton.budgets.Guardrails;
import app.baton.budgets.RequestId;
import app.baton.budgets.Tier;
import app.baton.experiments.internal.ExperimentEntity;
import app.baton.experiments.internal.ExperimentRepository;
import app.baton.security.BatonUser;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipRole;
import app.baton.shared.DomainException;
import app.baton.shared.Money;
import app.baton.shared.ids.ExperimentId;
import app.baton.shared.validation.CommandCheck;
import app.baton.tenancy.MembershipService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people do to growth experiments: propose (successors and founders), decide (founders; approval reserves the
 * budget in the experiment tier in the same transaction), run, report results against the pre-registered metrics,
 * and conclude. Who may decide follows {@link ApprovalPolicy}, as for budget requests. Each command answers with the
 * experiment as it now stands; reads are in {@link ExperimentQueryService}.
 */
@Service
public class ExperimentService {

    private final ExperimentRepository experiments;
    private final ExperimentReads reads;
    private final ExperimentFunding funding;
    private final TrackRecordService trackRecords;
    private final ReportedMetrics reported;
    private final OwnSalesMetrics ownSales;
    private final AuthorityService authority;
    private final ProposalRules rules;
    private final ExperimentAudit audit;
    private final GuardrailService guardrails;
    private final BudgetReservationService reservations;
    private final MembershipService memberships;
    private final CommandCheck commands;
    private final CurrentUser currentUser;
    private final Clock clock;

    ExperimentService(
            ExperimentRepository experiments,
            ExperimentReads reads,
            ExperimentFunding funding,
            TrackRecordService trackRecords,
            ReportedMetrics reported,
            OwnSalesMetrics ownSales,
            AuthorityService authority,
            ProposalRules rules,
            ExperimentAudit audit,
            GuardrailService guardrails,
            BudgetReservationService reservations,
            MembershipService memberships,
            CommandCheck commands,
            CurrentUser currentUser,
            Clock clock) {
        this.experiments = experiments;
        this.reads = reads;
        this.funding = funding;
        this.trackRecords = trackRecords;
        this.reported = reported;
        this.ownSales = ownSales;
        this.authority = authority;
        this.rules = rules;
        this.audit = audit;
        this.guardrails = guardrails;
        this.reservations = reservations;
        this.memberships = memberships;
        this.commands = commands;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Drafts a proposal. Bad input is refused with a translated message; nothing is saved then. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional
    public ExperimentDetail create(Proposal proposal) {
        Proposal clean = rules.validate(proposal);
        BatonUser me = currentUser.require();
        ExperimentEntity experiment = experiments.saveAndFlush(new ExperimentEntity(
                clean, me.userId(), currentUser.requireMembership().timeZone(), clock.instant()));
        audit.changed(experiment, ExperimentAction.CREATED, "→ " + experiment.title(), null);
        return reads.detail(experiment);
    }

    /** The proposer changes a draft, or a proposal a founder sent back with comments. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional
    public ExperimentDetail update(long experimentId, long expectedVersion, Proposal proposal) {
        ExperimentEntity experiment = reads.load(experimentId, expectedVersion);
        requireProposer(experiment);
        if (!experiment.status().editable()) {
            // said before anything about the new text: a submitted proposal is locked, whatever it says
            throw new DomainException("experiment.notEditable");
        }
        experiment.edit(rules.validate(proposal), me(), clock.instant());
        return saved(experiment, ExperimentAction.EDITED, experiment.title(), null);
    }

    /**
     * The proposer submits for the founders' decision; the start date must not have passed. A successor's experiment
     * within their delegated authority (see {@link BudgetReservationService#reserveWithinAuthority}) is approved at
     * once, reporting on the default cadence.
     */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional
    public ExperimentDetail submit(long experimentId, long expectedVersion) {
        ExperimentEntity experiment = reads.load(experimentId, expectedVersion);
        requireProposer(experiment);
        if (experiment.startDate().isBefore(today())) {
            throw new DomainException("experiment.startInPast");
        }
        experiment.submit(me(), clock.instant());
        flush(experiment);
        if (currentUser.requireMembership().role() == MembershipRole.SUCCESSOR
                && reservations
                        .reserveWithinAuthority(
                                new ExperimentId(experiment.id()), experiment.startDate(), experiment.requestedBudget())
                        .isPresent()) {
            // within the successor's delegated authority: approved at once; the founders are told it happened
            // (one notice, not "waiting for you" as well)
            experiment.approveByDelegation(clock.instant());
            return saved(experiment, ExperimentAction.APPROVED_BY_DELEGATION, audit.summary(experiment), null);
        }
        return saved(experiment, ExperimentAction.SUBMITTED, audit.summary(experiment), null);
    }

    /**
     * A founder approves. Above the per-experiment maximum only with a written override; never more than the
     * experiment tier has free. With the "every founder" policy it waits for the other founders; the last yes
     * reserves the budget in the same transaction.
     */
    @PreAuthorize("hasRole('FOUNDER')")
    @Transactional
    public ExperimentDetail approve(long experimentId, long expectedVersion, @Nullable String overrideReason) {
        return approve(experimentId, expectedVersion, overrideReason, CheckInCadence.DEFAULT);
    }

    /**
     * The same, choosing how often the running experiment checks in (the founder whose yes completes the approval
     * sets it).
     */
    @PreAuthorize("hasRole('FOUNDER')")
    @Transactional
    public ExperimentDetail approve(
            long experimentId, long expectedVersion, @Nullable String overrideReason, CheckInCadence cadence) {
        ExperimentEntity experiment = reads.load(experimentId, expectedVersion);
        ApprovalPolicy.requireMayDecide(me(), currentUser.requireMembership().role(), experiment.proposerUserId());
        Guardrails rules = guardrails.current().values();
        List<Violation> violations = BudgetSheet.checkExperiment(experiment.requestedBudget(), rules);
        String override =
                overrideReason == null || overrideReason.isBlank() ? null : ProposalRules.limit(overrideReason);
        ApprovalPolicy.requireApprovable(violations, override);
        experiment.addApproval(me(), violations.isEmpty() ? null : override, clock.instant());
        // written now: a second window of the same founder approving at the same moment fails here, in words
        flush(experiment);
        if (!violations.isEmpty()) {
            audit.changed(
                    experiment,
                    ExperimentAction.OVERRIDDEN,
                    "PER_EXPERIMENT_MAX " + audit.summary(experiment),
                    override);
        }
        Set<Long> stillNeeded = rules.stillNeeded(
                experiment.requestedBudget(),
                memberships.founderUserIds(),
                experiment.proposerUserId(),
                experiment.approvedBy());
        if (!stillNeeded.isEmpty()) {
            return saved(experiment, ExperimentAction.PARTIALLY_APPROVED, audit.summary(experiment), override);
        }
        reservations.reserve(new ExperimentId(experiment.id()), experiment.startDate(), experiment.requestedBudget());
        experiment.markApproved(cadence, clock.instant());
        return saved(experiment, ExperimentAction.APPROVED, audit.summary(experiment), override);
    }

    /** A founder rejects, with a reason. */
    @PreAuthorize("hasRole('FOUNDER')")
    @Transactional
    public ExperimentDetail reject(long experimentId, long expectedVersion, String reason) {
        ExperimentEntity experiment = reads.load(experimentId, expectedVersion);
        ApprovalPolicy.requireMayDecide(me(), currentUser.requireMembership().role(), experiment.proposerUserId());
        ApprovalPolicy.requireRejectionReason(reason);
        experiment.reject(me(), ProposalRules.limit(reason), clock.instant());
        return saved(experiment, ExperimentAction.REJECTED, audit.summary(experiment), ProposalRules.limit(reason));
    }

    /** A founder sends it back for changes; the comments stay on the record. */
    @PreAuthorize("hasRole('FOUNDER')")
    @Transactional
    public ExperimentDetail requestChanges(long experimentId, long expectedVersion, String comments) {
        ExperimentEntity experiment = reads.load(experimentId, expectedVersion);
        ApprovalPolicy.requireMayDecide(me(), currentUser.requireMembership().role(), experiment.proposerUserId());
        if (comments.isBlank()) {
            throw new DomainException("experiment.commentsRequired");
        }
        experiment.requestChanges(me(), ProposalRules.limit(comments), clock.instant());
        return saved(
                experiment,
                ExperimentAction.CHANGES_REQUESTED,
                audit.summary(experiment),
                ProposalRules.limit(comments));
    }

    /** Starts an approved experiment by hand (the proposer or a founder); otherwise it starts on its start date. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional
    public ExperimentDetail start(long experimentId, long expectedVersion) {
        ExperimentEntity experiment = reads.load(experimentId, expectedVersion);
        requireProposerOrFounder(experiment);
        experiment.start(me(), clock.instant());
        return saved(experiment, ExperimentAction.STARTED, audit.summary(experiment), null);
    }

    /**
     * Results of a running experiment: per metric the actual value or the raw figures it is computed from with the
     * product's KPI formulas, the actual spend, and what was learnt. The metrics themselves cannot change.
     */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional
    public ExperimentDetail submitResults(long experimentId, long expectedVersion, Results results) {
        commands.check(results);
        ExperimentEntity experiment = reads.load(experimentId, expectedVersion);
        requireProposerOrFounder(experiment);
        List<Metric> metrics = experiment.metrics();
        if (results.metrics().size() != metrics.size()) {
            throw new DomainException("experiment.results.everyMetric");
        }
        AbTestCounts counts = abCounts(experiment, results);
        List<@Nullable BigDecimal> fromReports = reported.of(experiment);
        List<@Nullable BigDecimal> fromSales = ownSales.of(experiment, results.spend());
        List<@Nullable BigDecimal> actuals = new ArrayList<>();
        List<@Nullable MetricSource> sources = new ArrayList<>();
        boolean rateFilled = false;
        for (int i = 0; i < metrics.size(); i++) {
            BigDecimal actual = results.metrics().get(i).actualFor(metrics.get(i));
            // typed in (or from the A/B counts) is self-reported; left empty, the engagement's reports fill it
            MetricSource source = actual == null ? null : MetricSource.SELF_REPORTED;
            MetricKind kind = metrics.get(i).kind();
            if (counts != null && !rateFilled && (kind == MetricKind.CR || kind == MetricKind.CTR)) {
                // the rate the A/B test compared: the variant's, from its counts, unless typed
                rateFilled = true;
                if (actual == null) {
                    actual = kind.compute(
                            BigDecimal.valueOf(counts.variantConversions()),
                            BigDecimal.valueOf(counts.variantVisitors()));
                    source = MetricSource.SELF_REPORTED;
                }
            }
            // the company's own sales first (the ground truth), then the agency's reports
            if (actual == null && fromSales.get(i) != null) {
                actual = fromSales.get(i);
                source = MetricSource.OWN_SALES;
            }
            if (actual == null && fromReports.get(i) != null) {
                actual = fromReports.get(i);
                source = MetricSource.REPORTS;
            }
            actuals.add(actual);
            sources.add(source);
        }
        experiment.submitResults(
                me(),
                actuals,
                Money.exact(results.spend(), currency()),
                results.learnings().strip(),
                counts,
                clock.instant());
        experiment.recordSources(sources);
        return saved(
                experiment,
                ExperimentAction.RESULTS_SUBMITTED,
                audit.summary(experiment) + " · spent " + Money.plain(results.spend()),
                null);
    }

    /**
     * A check-in on a running experiment (the proposer or a founder): spend to date, the metrics so far, a note and
     * a proposal — continue, add budget (with the amount), adjust (saying what changes: the tactic or the split; the
     * metrics stay locked and the change is kept in the history), or stop early. The founders are told. "Add budget"
     * opens the budget request at once (in the proposer's name, for the months the experiment still runs); "stop early"
     * ends the run, so its results are due now (the founder's conclusion still decides, and releases the money).
     */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional
    public ExperimentDetail checkIn(long experimentId, long expectedVersion, CheckIn checkIn) {
        commands.check(checkIn);
        ExperimentEntity experiment = reads.load(experimentId, expectedVersion);
        requireProposerOrFounder(experiment);
        if (experiment.status() != ExperimentStatus.RUNNING) {
            throw new DomainException("experiment.notRunning");
        }
        if (experiment.nextCheckInDue() == null) {
            throw new DomainException("experiment.checkIn.noneLeft");
        }
        List<Metric> metrics = experiment.metrics();
        // the metrics so far are optional: none given is none measured yet
        List<ResultInput> inputs = checkIn.metrics().isEmpty()
                ? java.util.Collections.nCopies(metrics.size(), new ResultInput(null, null, null))
                : checkIn.metrics();
        if (inputs.size() != metrics.size()) {
            throw new DomainException("experiment.results.everyMetric");
        }
        List<@Nullable BigDecimal> values = new ArrayList<>();
        for (int i = 0; i < metrics.size(); i++) {
            values.add(inputs.get(i).actualFor(metrics.get(i)));
        }
        String change = checkIn.change() == null || checkIn.change().isBlank()
                ? null
                : checkIn.change().strip();
        if (checkIn.proposal().needsChange() && change == null) {
            throw new DomainException("experiment.checkIn.changeRequired");
        }
        BigDecimal amount = null;
        RequestId requestId = null;
        if (checkIn.proposal().needsAmount()) {
            amount = Money.exact(ProposalRules.positive(checkIn.amount()), currency());
            // more budget is asked for at once: a request in the proposer's name, decided as any other
            requestId = funding.openForCheckIn(
                    experiment,
                    experiment.checkIns().size() + 1,
                    amount,
                    checkIn.note().strip());
        }
        experiment.checkIn(
                me(),
                clock.instant(),
                Money.exact(checkIn.spendToDate(), currency()),
                values,
                checkIn.note().strip(),
                checkIn.proposal(),
                checkIn.proposal().needsChange() ? change : null,
                amount,
                requestId == null ? null : requestId.value());
        if (checkIn.proposal() == CheckInProposal.STOP) {
            // it stops running today: yesterday was its last day, and its results are due now
            experiment.endEarly(me(), today().minusDays(1), clock.instant());
        }
        return saved(
                experiment,
                checkIn.proposal() == CheckInProposal.ADJUST ? ExperimentAction.ADJUSTED : ExperimentAction.CHECKED_IN,
                audit.summary(experiment) + " · " + checkIn.proposal() + " · spent "
                        + Money.plain(checkIn.spendToDate()),
                change == null ? checkIn.note().strip() : change);
    }

    /**
     * The founder concludes (see {@link ConcludeCommand}): STOP releases what the experiment did not spend back to the
     * tier; SCALE_UP and EXTEND with an amount open a budget increase in the proposer's name with the experiment as
     * evidence, spread from the chosen month (one of {@link ExperimentQueryService#monthsForMoney}) over the rest of
     * the plan.
     *
     * @return the id of the budget request opened, if any
     */
    @PreAuthorize("hasRole('FOUNDER')")
    @Transactional
    public @Nullable RequestId conclude(long experimentId, long expectedVersion, ConcludeCommand command) {
        ExperimentEntity experiment = reads.load(experimentId, expectedVersion);
        ApprovalPolicy.requireMayDecide(me(), currentUser.requireMembership().role(), experiment.proposerUserId());
        Conclusion decision = command.decision();
        String note = command.comment() == null || command.comment().isBlank()
                ? null
                : ProposalRules.limit(command.comment());
        experiment.conclude(me(), decision, command.newEnd(), note, clock.instant());
        RequestId requestId = null;
        switch (decision) {
            case STOP -> {
                BigDecimal released = reservations.release(
                        new ExperimentId(experiment.id()),
                        experiment.actualSpend() == null ? BigDecimal.ZERO : experiment.actualSpend());
                note = (note == null ? "" : note + " · ") + "released " + Money.plain(released);
            }
            case SCALE_UP -> {
                BigDecimal extra = ProposalRules.positive(command.amount());
                Tier tier = command.targetTier() == null ? Tier.EXPERIMENT : command.targetTier();
                requestId = funding.openRequest(experiment, tier, extra, decision, note, command.firstMonth());
                experiment.recordScaleUp(extra);
            }
            case ADJUST -> {
                // runs on with the change recorded in the comment; no money moves
            }
            case EXTEND -> {
                if (command.amount() != null && command.amount().signum() > 0) {
                    requestId = funding.openRequest(
                            experiment, Tier.EXPERIMENT, command.amount(), decision, note, command.firstMonth());
                }
            }
        }
        saved(experiment, ExperimentAction.concluded(decision), audit.summary(experiment), note);
        // the founder's rule raises a successor's authority when their record qualifies; without a raise, a strong
        // record still suggests a higher limit in the audit log
        if (authority
                .applyRule(experiment.proposerUserId(), trackRecords.concluded(experiment.proposerUserId()))
                .isEmpty()) {
            audit.limitSuggestedIfEarned(experiment, trackRecords.trackRecord(experiment.proposerUserId()));
        }
        return requestId;
    }

    /**
     * An A/B test's counts: required for the method AB_TEST, checked (constraints, conversions within visitors);
     * ignored for the other methods.
     */
    private @Nullable AbTestCounts abCounts(ExperimentEntity experiment, Results results) {
        if (experiment.method() != ExperimentMethod.AB_TEST) {
            return null;
        }
        if (results.abTest() == null) {
            throw new DomainException("experiment.ab.countsRequired");
        }
        return AbTest.requirePossible(commands.check(results.abTest()));
    }

    private ExperimentDetail saved(
            ExperimentEntity experiment, ExperimentAction action, String summary, @Nullable String reason) {
        flush(experiment);
        audit.changed(experiment, action, summary, reason);
        return reads.detail(experiment);
    }

    /** Writes the experiment now, so the loser of a race is told in words. */
    private void flush(ExperimentEntity experiment) {
        try {
            experiments.saveAndFlush(experiment);
        } catch (OptimisticLockingFailureException | PessimisticLockingFailureException e) {
            throw new DomainException("budget.changedConcurrently");
        } catch (DataIntegrityViolationException e) {
            // one approval per founder: the same founder decided in another window at the same moment
            throw new DomainException("budget.decidedConcurrently");
        }
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

    private long me() {
        return reads.me();
    }

    private String currency() {
        return reads.currency();
    }

    private LocalDate today() {
        return reads.today();
    }
}
