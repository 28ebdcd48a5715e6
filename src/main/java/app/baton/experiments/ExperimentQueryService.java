package app.baton.experiments;

import app.baton.approvals.Violation;
import app.baton.budgets.BudgetPlanQueryService;
import app.baton.budgets.BudgetReservationService;
import app.baton.budgets.BudgetReservationService.TierAvailability;
import app.baton.budgets.BudgetSheet;
import app.baton.budgets.GuardrailService;
import app.baton.experiments.internal.ExperimentEntity;
import app.baton.experiments.internal.ExperimentRepository;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipInfo;
import app.baton.security.MembershipRole;
import app.baton.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the experiment pages, the board, 等我決定 and the dashboard read; nothing here changes anything. */
@Service
public class ExperimentQueryService {

    private final ExperimentRepository experiments;
    private final ExperimentReads reads;
    private final ExperimentFunding funding;
    private final GuardrailService guardrails;
    private final BudgetReservationService reservations;
    private final BudgetPlanQueryService plans;
    private final app.baton.budgets.ChannelService channels;
    private final app.baton.budgets.TimeToImpact timeToImpact;
    private final CurrentUser currentUser;

    ExperimentQueryService(
            ExperimentRepository experiments,
            ExperimentReads reads,
            ExperimentFunding funding,
            GuardrailService guardrails,
            BudgetReservationService reservations,
            BudgetPlanQueryService plans,
            app.baton.budgets.ChannelService channels,
            app.baton.budgets.TimeToImpact timeToImpact,
            CurrentUser currentUser) {
        this.experiments = experiments;
        this.reads = reads;
        this.funding = funding;
        this.guardrails = guardrails;
        this.reservations = reservations;
        this.plans = plans;
        this.channels = channels;
        this.timeToImpact = timeToImpact;
        this.currentUser = currentUser;
    }

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
        return reads.rows(experiments.findAllByOrderByCreatedAtDesc());
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
     * someone else submitted that they have not approved yet, and running experiments whose check-in is past its
     * date; for the successor, their own experiments sent back for changes, and their running experiments whose
     * check-in is due or whose end date has passed (results are due). Empty for an agency.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ExperimentRow> waitingForMe() {
        List<ExperimentEntity> waiting = waitingEntities();
        if (waiting.isEmpty()) {
            return List.of();
        }
        return reads.rows(waiting.stream()
                .sorted(Comparator.comparing(ExperimentEntity::id))
                .toList());
    }

    /** The one definition of what waits for the signed-in person, behind both the list and its count. */
    private List<ExperimentEntity> waitingEntities() {
        MembershipInfo membership = currentUser.membership().orElse(null);
        if (membership == null || membership.role() == MembershipRole.VENDOR) {
            return List.of();
        }
        long me = reads.me();
        LocalDate today = reads.today();
        if (membership.role() == MembershipRole.FOUNDER) {
            return experiments
                    .findByStatusIn(List.of(
                            ExperimentStatus.SUBMITTED, ExperimentStatus.RESULTS_SUBMITTED, ExperimentStatus.RUNNING))
                    .stream()
                    // results wait for every founder but the proposer until one concludes (as the detail's
                    // conclude button); a proposal until this founder approved it; a running experiment whose
                    // check-in is past its date, until it is given
                    .filter(e -> e.proposerUserId() != me
                            && switch (e.status()) {
                                case RESULTS_SUBMITTED -> true;
                                case SUBMITTED -> !e.approvedBy().contains(me);
                                default -> ExperimentScheduler.missedCheckIn(e, today);
                            })
                    .toList();
        }
        return experiments
                .findByStatusIn(List.of(ExperimentStatus.CHANGES_REQUESTED, ExperimentStatus.RUNNING))
                .stream()
                .filter(e -> e.proposerUserId() == me
                        && (e.status() == ExperimentStatus.CHANGES_REQUESTED
                                || e.endDate().isBefore(today)
                                || (e.nextCheckInDue() != null
                                        && !e.nextCheckInDue().isAfter(today))))
                .toList();
    }

    /** One experiment with its metrics, history and the actions open to the signed-in person. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public ExperimentDetail detail(long experimentId) {
        return reads.detail(reads.load(experimentId));
    }

    /** {@link ProposalDefaults#period(LocalDate, List)} for today in the company's time zone. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public ProposalDefaults.Period defaultPeriod() {
        return ProposalDefaults.period(reads.today(), plans.plans());
    }

    /** Checks a proposal against the guardrails and the experiment tier without saving anything. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public ProposalCheck check(BigDecimal budget, LocalDate startDate, LocalDate endDate) {
        return check(budget, startDate, endDate, null);
    }

    /**
     * The same, with the channel: a test on a slow channel (SEO, content, brand) that ends before the channel's time
     * to impact by the agreed goals is flagged.
     */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public ProposalCheck check(
            BigDecimal budget,
            LocalDate startDate,
            LocalDate endDate,
            @org.jspecify.annotations.Nullable Long channelId) {
        List<Violation> violations =
                BudgetSheet.checkExperiment(budget, guardrails.current().values());
        TierAvailability tier = reservations.availability(startDate).orElse(null);
        BigDecimal share = tier == null ? null : Money.percent(budget, tier.free());
        boolean moreThanFree = tier == null || budget.compareTo(tier.free()) > 0;
        long days = Math.max(0, ChronoUnit.DAYS.between(reads.today(), endDate));
        return new ProposalCheck(
                tier,
                share,
                violations,
                moreThanFree,
                budget,
                days,
                budget.signum() > 0 && reservations.withinAuthority(startDate, budget),
                channelId == null ? null : slowChannel(channelId, startDate, endDate));
    }

    private ProposalCheck.@org.jspecify.annotations.Nullable SlowChannel slowChannel(
            long channelId, LocalDate startDate, LocalDate endDate) {
        app.baton.budgets.ChannelKind kind = channels.channels(List.of(channelId)).stream()
                .map(app.baton.budgets.ChannelService.ChannelView::kind)
                .findFirst()
                .orElse(app.baton.budgets.ChannelKind.OTHER);
        if (!kind.slow()) {
            return null;
        }
        int months = timeToImpact.months(kind, YearMonth.from(startDate));
        return endDate.isBefore(startDate.plusMonths(months)) ? new ProposalCheck.SlowChannel(kind, months) : null;
    }

    /**
     * The months a conclusion's extra money may start in, for the dialog: the plan's months from next month on (the
     * plan's last month when the year is over), first the one offered by default.
     */
    @PreAuthorize("hasRole('FOUNDER')")
    @Transactional(readOnly = true)
    public List<YearMonth> monthsForMoney(long experimentId) {
        return funding.monthsForMoney(reads.load(experimentId));
    }
}
