package app.baton.insights;

import app.baton.budgets.BudgetRequestQueryService;
import app.baton.budgets.RequestRow;
import app.baton.experiments.ExperimentQueryService;
import app.baton.experiments.ExperimentRow;
import app.baton.reports.ReportStatusQueryService;
import app.baton.reports.WaitingReport;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipInfo;
import app.baton.security.MembershipRole;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything that waits for the signed-in person, in one place: the single definition behind 等我決定, its count in
 * the navigation, the home page and the dashboard. For a founder: budget requests to decide, experiments to decide or
 * conclude, reports to review or whose clarification was answered, and past months' meetings still open. For the
 * successor: their experiments sent back or past their end date, and reports to review or answered. For both: goal
 * versions the other generation drafted and draft plans the other generation signed, waiting for their signature. An agency's
 * people have nothing here (their list is the engagements page).
 */
@Service
public class WaitingService {

    private final BudgetRequestQueryService requests;
    private final ExperimentQueryService experiments;
    private final ReportStatusQueryService reviews;
    private final app.baton.insights.internal.ReviewMeetingRepository meetings;
    private final GoalQueryService goals;
    private final app.baton.budgets.PlanAgreementService planAgreements;
    private final CurrentUser currentUser;
    private final Clock clock;

    WaitingService(
            BudgetRequestQueryService requests,
            ExperimentQueryService experiments,
            ReportStatusQueryService reviews,
            app.baton.insights.internal.ReviewMeetingRepository meetings,
            GoalQueryService goals,
            app.baton.budgets.PlanAgreementService planAgreements,
            CurrentUser currentUser,
            Clock clock) {
        this.requests = requests;
        this.experiments = experiments;
        this.reviews = reviews;
        this.meetings = meetings;
        this.goals = goals;
        this.planAgreements = planAgreements;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** What waits, by kind, each oldest first. */
    public record Waiting(
            List<RequestRow> requests,
            List<ExperimentRow> experiments,
            List<WaitingReport> reports,
            List<YearMonth> meetings,
            List<GoalVersion> goals,
            List<app.baton.budgets.PlanSummary> plans) {

        public static final Waiting NONE =
                new Waiting(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

        public int total() {
            return requests.size()
                    + experiments.size()
                    + reports.size()
                    + meetings.size()
                    + goals.size()
                    + plans.size();
        }

        /** What the requests that wait ask for, added up. */
        public java.math.BigDecimal askedTotal() {
            return requests.stream()
                    .map(RequestRow::amount)
                    .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        }
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Waiting forMe() {
        MembershipInfo membership = companyMember();
        if (membership == null) {
            return Waiting.NONE;
        }
        return new Waiting(
                requests.waitingForMe(),
                experiments.waitingForMe(),
                reviews.waitingForMe(),
                openMeetings(membership),
                goals.waitingForMe(),
                planAgreements.waitingForMe());
    }

    /** The signed-in person's membership when they belong to the company itself; null for an agency's people. */
    private @Nullable MembershipInfo companyMember() {
        MembershipInfo membership = currentUser.membership().orElse(null);
        return membership == null || membership.role() == MembershipRole.VENDOR ? null : membership;
    }

    /** Past months' meetings still open, for a founder. */
    private List<YearMonth> openMeetings(MembershipInfo membership) {
        if (membership.role() != MembershipRole.FOUNDER) {
            return List.of();
        }
        YearMonth current = YearMonth.now(clock.withZone(membership.zoneId()));
        return meetings.findAllByOrderByMonthDesc().stream()
                .filter(m -> !m.closed())
                .map(m -> YearMonth.from(m.month()))
                .filter(month -> month.isBefore(current))
                .sorted()
                .toList();
    }

    /** How many {@link #openMeetings} lists, counted by the database. */
    private int openMeetingCount(MembershipInfo membership) {
        if (membership.role() != MembershipRole.FOUNDER) {
            return 0;
        }
        YearMonth current = YearMonth.now(clock.withZone(membership.zoneId()));
        return (int) meetings.countOpenBefore(current.atDay(1));
    }

    /** How many things wait for the signed-in person; zero for an agency's people. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public int countForMe() {
        MembershipInfo membership = companyMember();
        if (membership == null) {
            return 0;
        }
        // counts, no rows made: this runs on every navigation (issue 16)
        return requests.countWaitingForMe()
                + (int) experiments.waitingForMeCount()
                + reviews.waitingForMeCount()
                + openMeetingCount(membership)
                + goals.countWaitingForMe()
                + planAgreements.waitingForMe().size();
    }
}
