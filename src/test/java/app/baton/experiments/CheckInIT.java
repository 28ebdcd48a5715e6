package app.baton.experiments;

import static app.baton.experiments.ExperimentFixtures.START;
import static app.baton.experiments.ExperimentFixtures.proposal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.baton.DatabaseTestBase;
import app.baton.DateSensitive;
import app.baton.MutableClock;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.TestFixtures.Person;
import app.baton.audit.AuditService;
import app.baton.audit.AuditService.AuditFilter;
import app.baton.budgets.BudgetFixtures.ActivePlan;
import app.baton.budgets.BudgetFixtures.Budgets;
import app.baton.budgets.BudgetRequestQueryService;
import app.baton.budgets.CellChange;
import app.baton.budgets.RequestDetail;
import app.baton.budgets.RequestKind;
import app.baton.budgets.RequestRow;
import app.baton.budgets.RequestStatus;
import app.baton.budgets.Tier;
import app.baton.notifications.NotificationService;
import app.baton.shared.DomainException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Check-ins on a running experiment, on the real database: the cadence the founder chose at approval, an
 * adjustment recorded with the metrics unchanged, the founders told, a missed check-in reminding the proposer once
 * and waiting on the founder's list, and nothing across companies.
 */
@DateSensitive
class CheckInIT extends DatabaseTestBase {

    static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    @Autowired
    Companies companies;

    @Autowired
    Budgets budgets;

    @Autowired
    ExperimentService experiments;

    @Autowired
    ExperimentQueryService queries;

    @Autowired
    ExperimentScheduler scheduler;

    @Autowired
    NotificationService notifications;

    @Autowired
    BudgetRequestQueryService requests;

    @Autowired
    AuditService audit;

    @Autowired
    MutableClock clock;

    Company c;
    ActivePlan plan;

    @BeforeEach
    void activePlan() throws Exception {
        c = companies.create("check-ins");
        plan = budgets.activePlan(c.founder());
    }

    @Test
    void the_founder_chooses_weekly_check_ins_and_an_adjustment_is_recorded_with_the_metrics_locked() throws Exception {
        ExperimentDetail running = running(CheckInCadence.WEEKLY);
        assertThat(running.cadence()).isEqualTo(CheckInCadence.WEEKLY);
        assertThat(running.nextCheckInDue()).isEqualTo(START.plusWeeks(1));
        assertThat(running.mayCheckIn()).isTrue();

        ExperimentDetail adjusted = checkIn(
                c.successor(),
                running,
                new CheckIn(
                        new BigDecimal("6000"),
                        List.of(
                                new ResultInput(new BigDecimal("0.018"), null, null),
                                new ResultInput(null, null, null)),
                        "第一週轉換率偏低，LINE 好友加入後沒有收到第一則訊息。",
                        CheckInProposal.ADJUST,
                        "改成加入好友後立即送出歡迎優惠，並把一半預算移到再行銷。",
                        null));
        CheckInView first = adjusted.checkIns().getFirst();
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.due()).isEqualTo(START.plusWeeks(1));
        assertThat(first.proposal()).isEqualTo(CheckInProposal.ADJUST);
        assertThat(first.change()).startsWith("改成加入好友後");
        assertThat(first.metrics()).containsExactly(new BigDecimal("0.018"), null);
        assertThat(first.spendToDate()).isEqualByComparingTo("6000");
        assertThat(adjusted.nextCheckInDue()).isEqualTo(START.plusWeeks(2));
        // the metrics are what was locked at submission
        assertThat(adjusted.metrics().get(0).target()).isEqualByComparingTo("0.03");
        assertThat(adjusted.metrics().get(1).target()).isEqualByComparingTo("1200");
        assertThat(kinds(c.founder())).contains("EXPERIMENT_ADJUSTED");
        assertThat(actions()).contains("EXPERIMENT_ADJUSTED");
        assertThat(adjusted.history()).extracting(HistoryLine::action).contains("CHECK_IN_ADJUST");
    }

    @Test
    void a_check_in_needs_a_note_and_an_adjustment_says_what_changes_and_more_budget_says_how_much() throws Exception {
        ExperimentDetail running = running(CheckInCadence.BIWEEKLY);
        List<ResultInput> none = List.of(new ResultInput(null, null, null), new ResultInput(null, null, null));
        assertRefused(
                () -> checkIn(
                        c.successor(),
                        running,
                        new CheckIn(BigDecimal.ONE, none, " ", CheckInProposal.CONTINUE, null, null)),
                "experiment.checkIn.noteRequired");
        assertRefused(
                () -> checkIn(
                        c.successor(),
                        running,
                        new CheckIn(BigDecimal.ONE, none, "x", CheckInProposal.ADJUST, " ", null)),
                "experiment.checkIn.changeRequired");
        assertRefused(
                () -> checkIn(
                        c.successor(),
                        running,
                        new CheckIn(BigDecimal.ONE, none, "x", CheckInProposal.ADD_BUDGET, null, null)),
                "request.amountPositive");
        // no metric given at all is none measured yet (the form sends none when every box is empty)
        ExperimentDetail none2 = checkIn(
                c.founder(),
                running,
                new CheckIn(BigDecimal.ONE, List.of(), "還沒有數字", CheckInProposal.CONTINUE, null, null));
        assertThat(none2.checkIns().getFirst().metrics()).containsExactly(null, null);
        ExperimentDetail more = checkIn(
                c.successor(),
                none2,
                new CheckIn(BigDecimal.ONE, none, "效果很好", CheckInProposal.ADD_BUDGET, null, new BigDecimal("8000")));
        assertThat(more.checkIns().getLast().amount()).isEqualByComparingTo("8000");
        assertThat(more.checkIns().getLast().due()).isEqualTo(START.plusWeeks(4));
        assertThat(kinds(c.founder())).contains("EXPERIMENT_CHECKED_IN");
    }

    @Test
    void more_budget_at_a_check_in_opens_the_request_and_stopping_early_ends_the_run_with_its_results_due()
            throws Exception {
        ExperimentDetail running = running(CheckInCadence.BIWEEKLY);
        LocalDate today = START.plusDays(20);
        clock.set(today.atTime(10, 0).atZone(TAIPEI).toInstant());
        ExperimentDetail more = checkIn(
                c.successor(),
                running,
                new CheckIn(
                        new BigDecimal("9000"),
                        List.of(),
                        "名單成本比預期低，想加碼",
                        CheckInProposal.ADD_BUDGET,
                        null,
                        new BigDecimal("8000")));
        Long requestId = more.checkIns().getFirst().requestId();
        assertThat(requestId).isNotNull();
        RequestDetail request = companies.as(c.founder(), () -> requests.detail(requestId));
        assertThat(request.row().kind()).isEqualTo(RequestKind.INCREASE);
        assertThat(request.row().status()).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(request.row().amount()).isEqualByComparingTo("8000");
        assertThat(request.row().toTier()).isEqualTo(Tier.EXPERIMENT);
        assertThat(request.row().toChannelId()).isEqualTo(running.row().channelId());
        // in the proposer's name, for the months the experiment still runs, the note as the reason
        assertThat(request.row().requesterUserId()).isEqualTo(c.successor().userId());
        assertThat(request.preview().changes())
                .extracting(CellChange::month)
                .containsExactly(YearMonth.from(today), YearMonth.from(ExperimentFixtures.END));
        assertThat(request.reason()).contains("#" + running.row().id()).contains("名單成本比預期低");
        assertThat(request.evidenceLinks())
                .endsWith("experiments/" + running.row().id());
        assertThat(companies.as(c.founder(), () -> requests.waitingForMe()))
                .extracting(RequestRow::id)
                .contains(requestId);

        // stopping early: the run ends yesterday, no check-in is left, and its results are due now
        ExperimentDetail stopped = checkIn(
                c.successor(),
                more,
                new CheckIn(
                        new BigDecimal("11000"), List.of(), "加碼後轉換率反而下降，先停下來整理成果", CheckInProposal.STOP, null, null));
        assertThat(stopped.row().status()).isEqualTo(ExperimentStatus.RUNNING);
        assertThat(stopped.row().endDate()).isEqualTo(today.minusDays(1));
        assertThat(stopped.nextCheckInDue()).isNull();
        assertThat(stopped.checkIns().getLast().requestId()).isNull();
        assertThat(stopped.history())
                .filteredOn(h -> h.action().equals("ENDED_EARLY"))
                .singleElement()
                .satisfies(h -> assertThat(h.comment()).isEqualTo(ExperimentFixtures.END + " → " + today.minusDays(1)));
        assertThat(companies.as(c.successor(), () -> queries.waitingForMe()))
                .extracting(ExperimentRow::id)
                .containsExactly(running.row().id());
        assertThat(stopped.maySubmitResults()).isTrue();
    }

    @Test
    void a_missed_check_in_reminds_the_proposer_once_and_waits_on_the_founder_s_list() throws Exception {
        ExperimentDetail running = running(CheckInCadence.WEEKLY);
        LocalDate due = START.plusWeeks(1);
        // on the due date it waits for the successor, not yet for the founder
        clock.set(due.atTime(9, 0).atZone(TAIPEI).toInstant());
        assertThat(companies.as(c.successor(), () -> queries.waitingForMe()))
                .singleElement()
                .satisfies(r -> assertThat(r.checkInDue()).isEqualTo(due));
        assertThat(companies.as(c.founder(), () -> queries.waitingForMe())).isEmpty();
        // the day after, it is missed: reminded once, and on the founder's list
        clock.set(due.plusDays(1).atTime(9, 0).atZone(TAIPEI).toInstant());
        // (the calendar runs for every company, so its counts include other tests' experiments: this one's
        // reminder is counted in its notifications)
        scheduler.runAt(clock.instant());
        scheduler.runAt(clock.instant().plusSeconds(3600));
        assertThat(kinds(c.successor())).containsOnlyOnce("EXPERIMENT_CHECK_IN_MISSED");
        assertThat(companies.as(c.founder(), () -> queries.waitingForMe()))
                .extracting(ExperimentRow::id)
                .containsExactly(running.row().id());
        // a late check-in counts for its date, and clears both lists
        ExperimentDetail fresh =
                companies.as(c.successor(), () -> queries.detail(running.row().id()));
        checkIn(
                c.successor(),
                fresh,
                new CheckIn(
                        new BigDecimal("3000"),
                        List.of(new ResultInput(null, null, null), new ResultInput(null, null, null)),
                        "晚了一天",
                        CheckInProposal.CONTINUE,
                        null,
                        null));
        assertThat(companies.as(c.founder(), () -> queries.waitingForMe())).isEmpty();
        assertThat(companies.as(c.successor(), () -> queries.waitingForMe())).isEmpty();
    }

    @Test
    void an_agency_cannot_check_in_and_another_company_does_not_find_the_experiment() throws Exception {
        ExperimentDetail running = running(CheckInCadence.WEEKLY);
        CheckIn any = new CheckIn(
                BigDecimal.ONE,
                List.of(new ResultInput(null, null, null), new ResultInput(null, null, null)),
                "x",
                CheckInProposal.CONTINUE,
                null,
                null);
        assertThatThrownBy(() -> checkIn(c.vendor(), running, any)).isInstanceOf(AccessDeniedException.class);
        Company other = companies.create("check-ins-other");
        assertRefused(
                () -> companies.as(
                        other.successor(),
                        () -> experiments.checkIn(running.row().id(), running.version(), any)),
                "experiment.notFound");
        assertThat(companies
                        .as(c.founder(), () -> queries.detail(running.row().id()))
                        .checkIns())
                .isEmpty();
    }

    @Test
    void a_founder_may_conclude_with_an_adjustment_that_runs_on_with_the_change_recorded() throws Exception {
        ExperimentDetail running = running(CheckInCadence.BIWEEKLY);
        ExperimentDetail results = companies.as(
                c.successor(),
                () -> experiments.submitResults(
                        running.row().id(),
                        running.version(),
                        new Results(
                                List.of(
                                        new ResultInput(new BigDecimal("0.025"), null, null),
                                        new ResultInput(new BigDecimal("1300"), null, null)),
                                new BigDecimal("15000"),
                                "轉換率有進步但還沒達標",
                                null)));
        LocalDate later = ExperimentFixtures.END.plusMonths(1);
        assertRefused(
                () -> companies.run(
                        c.founder(),
                        () -> experiments.conclude(
                                results.row().id(),
                                results.version(),
                                new ConcludeCommand(Conclusion.ADJUST, null, null, later, null, " "))),
                "experiment.adjust.changeRequired");
        companies.run(
                c.founder(),
                () -> experiments.conclude(
                        results.row().id(),
                        results.version(),
                        new ConcludeCommand(Conclusion.ADJUST, null, null, later, null, "改投再行銷受眾，素材換成開箱影片")));
        ExperimentDetail adjusted =
                companies.as(c.founder(), () -> queries.detail(running.row().id()));
        assertThat(adjusted.row().status()).isEqualTo(ExperimentStatus.RUNNING);
        assertThat(adjusted.row().endDate()).isEqualTo(later);
        assertThat(adjusted.held()).isEqualByComparingTo("20000");
        assertThat(adjusted.history())
                .filteredOn(h -> h.action().equals("CONCLUDED_ADJUST"))
                .singleElement()
                .satisfies(h -> assertThat(h.comment()).startsWith("改投再行銷受眾"));
        assertThat(actions()).contains("EXPERIMENT_CONCLUDED_ADJUST");
        assertThat(kinds(c.successor())).contains("EXPERIMENT_CONCLUDED_ADJUST");
    }

    private ExperimentDetail running(CheckInCadence cadence) throws Exception {
        ExperimentDetail submitted = companies.as(c.successor(), () -> {
            ExperimentDetail draft = experiments.create(proposal(plan, 20_000));
            return experiments.submit(draft.row().id(), draft.version());
        });
        ExperimentDetail approved = companies.as(
                c.founder(), () -> experiments.approve(submitted.row().id(), submitted.version(), null, cadence));
        return companies.as(
                c.successor(), () -> experiments.start(approved.row().id(), approved.version()));
    }

    private ExperimentDetail checkIn(Person person, ExperimentDetail experiment, CheckIn checkIn) throws Exception {
        return companies.as(person, () -> experiments.checkIn(experiment.row().id(), experiment.version(), checkIn));
    }

    private List<String> kinds(Person person) throws Exception {
        return companies.as(person, () -> notifications.mine(50)).stream()
                .map(NotificationService.NotificationView::kind)
                .toList();
    }

    private List<String> actions() throws Exception {
        return companies.as(c.founder(), () -> audit.search(AuditFilter.none(), 0, 100)).stream()
                .map(AuditService.AuditEntry::action)
                .toList();
    }

    private static void assertRefused(ThrowingCallable action, String key) {
        assertThatThrownBy(action)
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo(key);
    }
}
