package app.baton.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.DatabaseIT;
import app.baton.TestFixtures;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.TestFixtures.Person;
import app.baton.budgets.BudgetFixtures.ActivePlan;
import app.baton.budgets.BudgetFixtures.Budgets;
import app.baton.budgets.BudgetReservationService;
import app.baton.security.MembershipRole;
import app.baton.shared.DomainException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Experiment decisions racing on the real database with real threads. Each contender reads the experiment and the
 * experiment tier's free money in its own transaction and waits at a barrier until the other has read them too, so
 * both decide on the same state; exactly one wins, and the other is told in words, not with a constraint error.
 */
class ExperimentConcurrencyIT extends DatabaseIT {

    @Autowired
    Companies companies;

    @Autowired
    Budgets budgets;

    @Autowired
    ExperimentService experiments;

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
        long version = companies.as(c.successor(), () -> experiments.detail(id).version());
        companies.run(c.successor(), () -> experiments.submit(id, version));
        return id;
    }

    private ExperimentStatus status(long id) throws Exception {
        return companies.as(c.founder(), () -> experiments.detail(id)).row().status();
    }

    /** One founder's approval of one experiment. */
    record Approval(Person founder, long experimentId) {}

    private List<String> race(Approval... approvals) throws Exception {
        CyclicBarrier loaded = new CyclicBarrier(approvals.length);
        ExecutorService pool = Executors.newFixedThreadPool(approvals.length);
        List<Future<String>> results = new ArrayList<>();
        for (Approval approval : approvals) {
            results.add(pool.submit(() -> {
                TestFixtures.signIn(approval.founder());
                try {
                    return new TransactionTemplate(transactionManager).execute(status -> {
                        long version =
                                experiments.detail(approval.experimentId()).version();
                        reservations.availability(ExperimentFixtures.START);
                        try {
                            loaded.await(20, TimeUnit.SECONDS);
                            experiments.approve(approval.experimentId(), version, "test race");
                            return "ok";
                        } catch (DomainException e) {
                            status.setRollbackOnly();
                            return e.messageKey();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    });
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }));
        }
        List<String> outcomes = new ArrayList<>();
        for (Future<String> result : results) {
            outcomes.add(result.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        return outcomes;
    }
}
