package app.baton.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.DatabaseTestBase;
import app.baton.Races;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.TestFixtures.Person;
import app.baton.budgets.BudgetFixtures.ActivePlan;
import app.baton.budgets.BudgetFixtures.Budgets;
import app.baton.budgets.BudgetReservationService;
import app.baton.security.MembershipRole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Experiment decisions racing on the real database with real threads. Each contender reads the experiment and the
 * experiment tier's free money in its own transaction and waits at a barrier until the other has read them too, so
 * both decide on the same state; exactly one wins, and the other is told in words, not with a constraint error.
 */
class ExperimentConcurrencyIT extends DatabaseTestBase {

    @Autowired
    Companies companies;

    @Autowired
    Budgets budgets;

    @Autowired
    ExperimentService experiments;

    @Autowired
    app.baton.experiments.ExperimentQueryService queries;

    @Autowired
    BudgetReservationService reservations;

    @Autowired
    PlatformTransactionManager transactionManager;

    Company c;
    Person secondFounder;
    ActivePlan plan;

    @BeforeEach
    void twoFoundersAndAPlan() throws Exception {
        c = companies.create("exp-race");
        secondFounder = companies.addPerson(c, "co-founder", MembershipRole.FOUNDER);
        plan = budgets.activePlan(c.founder());
    }

    @Test
    void two_experiments_approved_at_once_that_together_exceed_the_tiers_free_money_exactly_one_wins()
            throws Exception {
        // the experiment tier holds 120,000: 70,000 fits, 140,000 does not
        long first = submitted(70_000);
        long second = submitted(70_000);

        List<String> outcomes = race(new Approval(c.founder(), first), new Approval(secondFounder, second));

        assertThat(outcomes).containsOnlyOnce("ok").hasSize(2);
        assertThat(outcomes)
                .filteredOn(o -> !o.equals("ok"))
                .singleElement()
                .isIn("budget.changedConcurrently", "experiment.notEnoughInTier");
        List<ExperimentStatus> states = List.of(status(first), status(second));
        assertThat(states).containsExactlyInAnyOrder(ExperimentStatus.APPROVED, ExperimentStatus.SUBMITTED);
        var tier = companies
                .as(c.founder(), () -> reservations.availability(ExperimentFixtures.START))
                .orElseThrow();
        assertThat(tier.held()).isEqualByComparingTo("70000");
        assertThat(tier.free()).isEqualByComparingTo("50000");
    }

    @Test
    void one_founder_approving_one_experiment_in_two_windows_reserves_once_and_tells_the_other_window()
            throws Exception {
        long experiment = submitted(45_000);

        List<String> outcomes = race(new Approval(c.founder(), experiment), new Approval(c.founder(), experiment));

        assertThat(outcomes).containsOnlyOnce("ok").hasSize(2);
        assertThat(outcomes)
                .filteredOn(o -> !o.equals("ok"))
                .singleElement()
                .isIn("budget.decidedConcurrently", "budget.changedConcurrently");
        assertThat(status(experiment)).isEqualTo(ExperimentStatus.APPROVED);
        var tier = companies
                .as(c.founder(), () -> reservations.availability(ExperimentFixtures.START))
                .orElseThrow();
        assertThat(tier.held()).isEqualByComparingTo("45000");
    }

    private long submitted(long budget) throws Exception {
        long id = companies
                .as(c.successor(), () -> experiments.create(ExperimentFixtures.proposal(plan, budget)))
                .row()
                .id();
        long version = companies.as(c.successor(), () -> queries.detail(id).version());
        companies.run(c.successor(), () -> experiments.submit(id, version));
        return id;
    }

    private ExperimentStatus status(long id) throws Exception {
        return companies.as(c.founder(), () -> queries.detail(id)).row().status();
    }

    /** One founder's approval of one experiment. */
    record Approval(Person founder, long experimentId) {}

    private List<String> race(Approval... approvals) throws Exception {
        List<Races.Contender> contenders = new ArrayList<>();
        for (Approval approval : approvals) {
            long[] version = {0};
            contenders.add(new Races.Contender(
                    approval.founder(),
                    () -> {
                        version[0] = queries.detail(approval.experimentId()).version();
                        reservations.availability(ExperimentFixtures.START);
                    },
                    () -> experiments.approve(approval.experimentId(), version[0], "test race")));
        }
        return Races.run(transactionManager, contenders.toArray(Races.Contender[]::new));
    }
}
