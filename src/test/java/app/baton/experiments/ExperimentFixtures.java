package app.baton.experiments;

import app.baton.budgets.BudgetFixtures;
import app.baton.budgets.BudgetFixtures.ActivePlan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Test-data builders for experiments in the fixtures' plan (next year: {@link BudgetFixtures#YEAR}). */
public final class ExperimentFixtures {

    public static final LocalDate START = LocalDate.of(BudgetFixtures.YEAR, 2, 1);
    public static final LocalDate END = LocalDate.of(BudgetFixtures.YEAR, 3, 31);

    private ExperimentFixtures() {}

    /** {@code proposal} drafted and submitted by the company's successor and approved by its founder. */
    public static ExperimentDetail approved(
            app.baton.TestFixtures.Companies companies,
            app.baton.TestFixtures.Company company,
            ExperimentService experiments,
            Proposal proposal)
            throws Exception {
        ExperimentDetail submitted = companies.as(company.successor(), () -> {
            ExperimentDetail draft = experiments.create(proposal);
            return experiments.submit(draft.row().id(), draft.version());
        });
        return companies.as(
                company.founder(), () -> experiments.approve(submitted.row().id(), submitted.version(), null));
    }

    /**
     * One experiment of the company's successor for NT$20,000: approved, started, its results in (a conversion rate
     * of {@code cr} against the target 0.03, a CAC of 1,100 against 1,200; 15,000 spent), and concluded STOP by the
     * founder.
     */
    public static void concluded(
            app.baton.TestFixtures.Companies companies,
            app.baton.TestFixtures.Company company,
            ExperimentService experiments,
            ActivePlan plan,
            String cr)
            throws Exception {
        ExperimentDetail approved = approved(companies, company, experiments, proposal(plan, 20_000));
        ExperimentDetail running = companies.as(
                company.successor(), () -> experiments.start(approved.row().id(), approved.version()));
        ExperimentDetail results = companies.as(
                company.successor(),
                () -> experiments.submitResults(
                        running.row().id(),
                        running.version(),
                        new Results(
                                List.of(
                                        new ResultInput(new BigDecimal(cr), null, null),
                                        new ResultInput(new BigDecimal("1100"), null, null)),
                                new BigDecimal("15000"),
                                "learnt",
                                null)));
        companies.run(
                company.founder(),
                () -> experiments.conclude(
                        results.row().id(),
                        results.version(),
                        new ConcludeCommand(Conclusion.STOP, null, null, null, null, null)));
    }

    /** A LINE pilot for {@code budget}, from 1 Feb to 31 Mar, promising a better CR and a lower CAC. */
    public static Proposal proposal(ActivePlan plan, long budget) {
        return new Proposal(
                "LINE 好友募集",
                "如果我們用 LINE 官方帳號募集好友，新客成本就會下降，因為好友名單比廣告名單便宜。",
                plan.channel("LINE"),
                ExperimentMethod.PILOT,
                BigDecimal.valueOf(budget),
                START,
                END,
                List.of(
                        new Metric(
                                MetricKind.CR,
                                null,
                                null,
                                new BigDecimal("0.02"),
                                new BigDecimal("0.03"),
                                Direction.HIGHER,
                                null,
                                false),
                        new Metric(
                                MetricKind.CAC,
                                null,
                                "NT$",
                                new BigDecimal("1500"),
                                new BigDecimal("1200"),
                                Direction.LOWER,
                                null,
                                false)),
                null,
                null);
    }
}
