package app.baton.experiments;

import static app.baton.budgets.BudgetFixtures.YEAR;
import static app.baton.budgets.BudgetFixtures.money;
import static app.baton.budgets.BudgetFixtures.move;
import static app.baton.experiments.ExperimentFixtures.START;
import static app.baton.experiments.ExperimentFixtures.proposal;
import static org.assertj.core.api.Assertions.assertThat;

import app.baton.DatabaseTestBase;
import app.baton.DateSensitive;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.approvals.MultiFounderPolicy;
import app.baton.budgets.AuthorityChange;
import app.baton.budgets.AuthorityQueryService;
import app.baton.budgets.AuthorityService;
import app.baton.budgets.BudgetFixtures.ActivePlan;
import app.baton.budgets.BudgetFixtures.Budgets;
import app.baton.budgets.BudgetRequestService;
import app.baton.budgets.BudgetReservationService;
import app.baton.budgets.Guardrails;
import app.baton.budgets.Tier;
import app.baton.notifications.NotificationService;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A successor's delegated authority covers experiments within the experiment tier too, on the real database: an
 * experiment within the limit per request and the month's rest is approved on submission with its budget held; the
 * month's total counts experiments and budget moves together; above it, or past a guardrail, the founders decide.
 */
@DateSensitive
class ExperimentDelegationIT extends DatabaseTestBase {

    @Autowired
    Companies companies;

    @Autowired
    Budgets budgets;

    @Autowired
    ExperimentService experiments;

    @Autowired
    ExperimentQueryService queries;

    @Autowired
    AuthorityService authority;

    @Autowired
    AuthorityQueryService authorityQueries;

    @Autowired
    BudgetReservationService reservations;

    @Autowired
    BudgetRequestService requests;

    @Autowired
    NotificationService notifications;

    Company c;
    ActivePlan plan;

    @BeforeEach
    void authority() throws Exception {
        c = companies.create("experiment-delegation");
        plan = budgets.activePlan(c.founder());
        companies.run(
                c.founder(),
                () -> authority.set(
                        c.successor().userId(), -1, new AuthorityChange(money(25_000), money(50_000), "試行")));
    }

    @Test
    void experiments_within_the_authority_are_approved_on_submission_and_count_toward_the_month() throws Exception {
        BigDecimal free = free();
        // the form says so before it is sent (to the successor only)
        assertThat(companies
                        .as(c.successor(), () -> queries.check(money(20_000), START, ExperimentFixtures.END))
                        .approvedAtOnce())
                .isTrue();
        assertThat(companies
                        .as(c.successor(), () -> queries.check(money(30_000), START, ExperimentFixtures.END))
                        .approvedAtOnce())
                .isFalse();
        assertThat(companies
                        .as(c.founder(), () -> queries.check(money(20_000), START, ExperimentFixtures.END))
                        .approvedAtOnce())
                .isFalse();
        ExperimentDetail first = submitted(20_000);
        assertThat(first.row().status()).isEqualTo(ExperimentStatus.APPROVED);
        assertThat(first.held()).isEqualByComparingTo("20000");
        assertThat(free()).isEqualByComparingTo(free.subtract(money(20_000)));
        assertThat(first.history()).extracting(HistoryLine::action).contains("SUBMITTED", "APPROVED_BY_DELEGATION");
        assertThat(kinds()).contains("EXPERIMENT_APPROVED_BY_DELEGATION").doesNotContain("EXPERIMENT_SUBMITTED");

        assertThat(submitted(20_000).row().status()).isEqualTo(ExperimentStatus.APPROVED);
        assertThat(companies.as(
                        c.successor(),
                        () -> authorityQueries.successors().getFirst().usedThisMonth()))
                .isEqualByComparingTo("40000");
        // a budget move of 5,000 still fits the month (45,000 of 50,000) …
        assertThat(companies
                        .as(
                                c.successor(),
                                () -> requests.submit(move(
                                        plan,
                                        budgets.changeCount(c.founder(), plan.id()),
                                        5_000,
                                        Tier.FOUNDATION,
                                        "GOOGLE_ADS",
                                        Tier.FOUNDATION,
                                        "META_ADS",
                                        YearMonth.of(YEAR, 5))))
                        .row()
                        .delegated())
                .isTrue();
        // … and a third experiment of 20,000 does not: the founders decide
        ExperimentDetail third = submitted(20_000);
        assertThat(third.row().status()).isEqualTo(ExperimentStatus.SUBMITTED);
        assertThat(third.held()).isZero();
        assertThat(kinds()).contains("EXPERIMENT_SUBMITTED");
    }

    @Test
    void above_the_limit_per_request_or_past_the_per_experiment_maximum_the_founders_decide() throws Exception {
        assertThat(submitted(30_000).row().status()).isEqualTo(ExperimentStatus.SUBMITTED);
        Guardrails d = Guardrails.defaults();
        budgets.guardrails(
                c.founder(),
                new Guardrails(
                        d.experimentCapPct(),
                        money(10_000),
                        d.minReservePct(),
                        d.delegatedLimit(),
                        MultiFounderPolicy.ANY_FOUNDER,
                        BigDecimal.ZERO,
                        false));
        assertThat(submitted(20_000).row().status()).isEqualTo(ExperimentStatus.SUBMITTED);
    }

    private ExperimentDetail submitted(long budget) throws Exception {
        return companies.as(c.successor(), () -> {
            ExperimentDetail draft = experiments.create(proposal(plan, budget));
            return experiments.submit(draft.row().id(), draft.version());
        });
    }

    private BigDecimal free() throws Exception {
        return companies.as(
                c.founder(),
                () -> reservations.availability(START).orElseThrow().free());
    }

    private java.util.List<String> kinds() throws Exception {
        return companies.as(c.founder(), () -> notifications.mine(50)).stream()
                .map(NotificationService.NotificationView::kind)
                .toList();
    }
}
