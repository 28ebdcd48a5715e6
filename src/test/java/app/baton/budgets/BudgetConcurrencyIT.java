package app.baton.budgets;

import static app.baton.budgets.BudgetFixtures.YEAR;
import static app.baton.budgets.BudgetFixtures.move;
import static org.assertj.core.api.Assertions.assertThat;

import app.baton.DatabaseTestBase;
import app.baton.Races;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.TestFixtures.Person;
import app.baton.budgets.BudgetFixtures.ActivePlan;
import app.baton.budgets.BudgetFixtures.Budgets;
import app.baton.budgets.internal.BudgetPlanRepository;
import app.baton.budgets.internal.ChangeRequestRepository;
import app.baton.security.MembershipRole;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Races on the real database. Each contender loads the request and the plan in its own transaction and waits at a
 * barrier until the other has loaded them too, so both decide on the same state; only then do they write. Exactly
 * one wins; the other gets "this changed, please review again" and changes nothing.
 */
class BudgetConcurrencyIT extends DatabaseTestBase {

    @Autowired
    Companies companies;

    @Autowired
    Budgets budgets;

    @Autowired
    BudgetRequestService requests;

    @Autowired
    BudgetRequestQueryService requestQueries;

    @Autowired
    BudgetPlanQueryService planQueries;

    @Autowired
    ChangeRequestRepository requestRows;

    @Autowired
    BudgetPlanRepository planRows;

    @Autowired
    PlatformTransactionManager transactionManager;

    Company c;
    ActivePlan plan;
    Person secondFounder;

    @BeforeEach
    void twoFounders() throws Exception {
        c = companies.create("race");
        secondFounder = companies.addPerson(c, "co-founder", MembershipRole.FOUNDER);
        plan = budgets.activePlan(c.founder());
    }

    @Test
    void two_founders_deciding_the_same_request_at_once_never_both_succeed() throws Exception {
        RequestDetail request = submit(20_000, YearMonth.of(YEAR, 3));

        List<String> outcomes = race(
                new Decision(c.founder(), request.row().id(), true),
                new Decision(secondFounder, request.row().id(), false));

        assertThat(outcomes).containsExactlyInAnyOrder("ok", "budget.changedConcurrently");
        RequestDetail after = companies.as(
                c.founder(), () -> requestQueries.detail(request.row().id()));
        assertThat(after.row().status()).isIn(RequestStatus.APPROVED, RequestStatus.REJECTED);
        PlanView view = companies.as(c.founder(), () -> planQueries.plan(plan.id()));
        long expected = after.row().status() == RequestStatus.APPROVED ? 140_000 : 120_000;
        assertThat(view.tier(Tier.EXPERIMENT).total()).isEqualByComparingTo(Long.toString(expected));
    }

    @Test
    void one_founder_approving_in_two_windows_at_once_decides_once_and_the_second_window_is_told() throws Exception {
        RequestDetail request = submit(20_000, YearMonth.of(YEAR, 3));

        List<String> outcomes = race(
                new Decision(c.founder(), request.row().id(), true),
                new Decision(c.founder(), request.row().id(), true));

        // the loser gets a translated answer (no constraint error), and the state it then sees is the decided one
        assertThat(outcomes).contains("ok").hasSize(2);
        assertThat(outcomes)
                .filteredOn(o -> !o.equals("ok"))
                .singleElement()
                .isIn("budget.decidedConcurrently", "budget.changedConcurrently");
        RequestDetail after = companies.as(
                c.founder(), () -> requestQueries.detail(request.row().id()));
        assertThat(after.row().status()).isEqualTo(RequestStatus.APPROVED);
        PlanView view = companies.as(c.founder(), () -> planQueries.plan(plan.id()));
        assertThat(view.tier(Tier.EXPERIMENT).total()).isEqualByComparingTo("140000");
    }

    @Test
    void two_approvals_that_together_would_break_the_experiment_cap_never_both_succeed() throws Exception {
        // each moves 20,000 into the experiment tier: 12 % → 14 % is fine alone, 16 % together breaks the 15 % cap
        RequestDetail first = submit(20_000, YearMonth.of(YEAR, 3));
        RequestDetail second = submit(20_000, YearMonth.of(YEAR, 6));

        List<String> outcomes = race(
                new Decision(c.founder(), first.row().id(), true),
                new Decision(secondFounder, second.row().id(), true));

        assertThat(outcomes).containsExactlyInAnyOrder("ok", "budget.changedConcurrently");
        PlanView view = companies.as(c.founder(), () -> planQueries.plan(plan.id()));
        assertThat(view.tier(Tier.EXPERIMENT).total()).isEqualByComparingTo("140000");
        assertThat(view.tier(Tier.EXPERIMENT).share())
                .isLessThanOrEqualTo(view.guardrails().experimentCapPct());

        // reviewing again, the loser now sees the broken cap and can only approve with a written override
        long loser = companies
                                .as(
                                        c.founder(),
                                        () -> requestQueries.detail(first.row().id()))
                                .row()
                                .status()
                        == RequestStatus.APPROVED
                ? second.row().id()
                : first.row().id();
        RequestDetail fresh = companies.as(secondFounder, () -> requestQueries.detail(loser));
        assertThat(fresh.preview().violations()).isNotEmpty();
        BudgetRequestServiceIT.assertRefused(
                () -> companies.as(
                        secondFounder, () -> requests.approve(loser, fresh.version(), fresh.planChangeCount(), null)),
                "approvals.overrideReasonRequired");
    }

    private RequestDetail submit(long amount, YearMonth month) throws Exception {
        long count = budgets.changeCount(c.founder(), plan.id());
        return companies.as(
                c.successor(),
                () -> requests.submit(
                        move(plan, count, amount, Tier.FOUNDATION, "GOOGLE_ADS", Tier.EXPERIMENT, "LINE", month)));
    }

    /** One founder's decision: approve, or reject. */
    record Decision(Person founder, long requestId, boolean approve) {}

    private List<String> race(Decision... decisions) throws Exception {
        List<Races.Contender> contenders = new ArrayList<>();
        for (Decision decision : decisions) {
            long[] seen = {0, 0};
            contenders.add(new Races.Contender(
                    decision.founder(),
                    () -> {
                        var request = requestRows.findById(decision.requestId()).orElseThrow();
                        var planRow = planRows.findById(request.planId()).orElseThrow();
                        planRow.lines().size();
                        request.approvals().size();
                        seen[0] = request.version();
                        seen[1] = planRow.changeCount();
                    },
                    () -> {
                        if (decision.approve()) {
                            requests.approve(decision.requestId(), seen[0], seen[1], null);
                        } else {
                            requests.reject(decision.requestId(), seen[0], "Not now");
                        }
                    }));
        }
        return Races.run(transactionManager, contenders.toArray(Races.Contender[]::new));
    }
}
