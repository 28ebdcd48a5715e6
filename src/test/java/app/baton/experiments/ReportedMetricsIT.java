package app.baton.experiments;

import static app.baton.experiments.ExperimentFixtures.END;
import static app.baton.experiments.ExperimentFixtures.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.baton.DatabaseTestBase;
import app.baton.DateSensitive;
import app.baton.MutableClock;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.budgets.BudgetFixtures.ActivePlan;
import app.baton.budgets.BudgetFixtures.Budgets;
import app.baton.budgets.ChannelService;
import app.baton.reports.EngagementService;
import app.baton.reports.ReportFixtures;
import app.baton.reports.ReportService;
import app.baton.reports.ReportVersionQueryService;
import app.baton.reports.ReviewService;
import app.baton.reports.ReviewStatus;
import app.baton.sales.SalesFixtures;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An experiment that names the company's agency engagement takes its metrics from that engagement's accepted reports
 * for the experiment's months, on the real database; a typed value is kept and marked self-reported.
 */
@DateSensitive
class ReportedMetricsIT extends DatabaseTestBase {

    @Autowired
    Companies companies;

    @Autowired
    Budgets budgets;

    @Autowired
    ExperimentService experiments;

    @Autowired
    ExperimentQueryService queries;

    @Autowired
    EngagementService engagements;

    @Autowired
    ChannelService channels;

    @Autowired
    ReportService reports;

    @Autowired
    ReportVersionQueryService versions;

    @Autowired
    ReviewService reviews;

    @Autowired
    MutableClock clock;

    @Autowired
    app.baton.sales.SalesService sales;

    @Autowired
    app.baton.sales.SalesSettingsService salesSettings;

    Company c;
    ActivePlan plan;
    long engagementId;

    @BeforeEach
    void engagement() throws Exception {
        c = companies.create("reported-metrics");
        plan = budgets.activePlan(c.founder());
        List<ChannelService.ChannelView> google = companies.as(c.founder(), () -> channels.channels()).stream()
                .filter(ch -> "GOOGLE_ADS".equals(ch.code()))
                .toList();
        // the fixture's form, over the plan's year (the date rounds move it)
        EngagementService.Form f = ReportFixtures.form(c, google, BigDecimal.valueOf(10_000_000));
        EngagementService.Form form = new EngagementService.Form(
                f.agencyName(),
                f.title(),
                f.channelIds(),
                f.deliverables(),
                f.vendorDuties(),
                f.inHouseDuties(),
                f.monthlyFee(),
                f.mediaSpendCap(),
                java.time.LocalDate.of(app.baton.budgets.BudgetFixtures.YEAR - 1, 1, 1),
                java.time.LocalDate.of(app.baton.budgets.BudgetFixtures.YEAR, 12, 31),
                f.dueDay(),
                f.targets(),
                f.conversionKind(),
                f.conversionDefinition(),
                f.feeSplit());
        engagementId = companies.as(c.founder(), () -> engagements.create(form)).id();
    }

    @Test
    void empty_results_are_filled_from_the_accepted_reports_and_a_typed_value_is_self_reported() throws Exception {
        ExperimentDetail running = running();
        // February and March are accepted; both are the experiment's months
        clock.set(
                END.plusDays(10).atTime(10, 0).atZone(ZoneId.of("Asia/Taipei")).toInstant());
        accepted(YearMonth.from(START));
        accepted(YearMonth.from(END));
        ExperimentDetail shown =
                companies.as(c.successor(), () -> queries.detail(running.row().id()));
        // Google Ads in the fixture: 5,158 clicks and 154 conversions a month, cost 61,958 and 34 new customers
        assertThat(shown.reported().get(0).doubleValue()).isCloseTo(308.0 / 10_316, within(0.0001));
        assertThat(shown.reported().get(1).doubleValue()).isCloseTo(123_916.0 / 68, within(0.01));

        ExperimentDetail results = companies.as(
                c.successor(),
                () -> experiments.submitResults(
                        shown.row().id(),
                        shown.version(),
                        new Results(
                                List.of(
                                        new ResultInput(null, null, null),
                                        new ResultInput(new BigDecimal("1100"), null, null)),
                                new BigDecimal("15000"),
                                "月報的 CR 比預期低",
                                null)));
        assertThat(results.metrics().get(0).actual().doubleValue()).isCloseTo(0.029856, within(0.00001));
        assertThat(results.metricSources()).containsExactly(MetricSource.REPORTS, MetricSource.SELF_REPORTED);
        assertThat(results.metrics().get(1).actual()).isEqualByComparingTo("1100");
    }

    @Test
    void without_an_engagement_nothing_is_filled_and_typed_values_are_self_reported() throws Exception {
        ExperimentDetail approved =
                ExperimentFixtures.approved(companies, c, experiments, ExperimentFixtures.proposal(plan, 20_000));
        ExperimentDetail running = companies.as(
                c.successor(), () -> experiments.start(approved.row().id(), approved.version()));
        assertThat(running.reported()).containsExactly(null, null);
        ExperimentDetail results = companies.as(
                c.successor(),
                () -> experiments.submitResults(
                        running.row().id(),
                        running.version(),
                        new Results(
                                List.of(
                                        new ResultInput(new BigDecimal("0.04"), null, null),
                                        new ResultInput(null, null, null)),
                                new BigDecimal("15000"),
                                "learnt",
                                null)));
        assertThat(results.metricSources()).containsExactly(MetricSource.SELF_REPORTED, null);
    }

    @Test
    void the_company_s_own_sales_on_exactly_the_experiment_s_days_fill_its_metrics_first() throws Exception {
        // the LINE pilot's orders carry the coupon the company gave LINE; one paid order a day from 20 customers
        ExperimentDetail results = linePilotWithOrdersFrom(START);
        // CR needs clicks, which a shop does not know; CAC is the spend over the 20 new customers of those days
        assertThat(results.metrics().get(0).actual()).isNull();
        assertThat(results.metrics().get(1).actual()).isEqualByComparingTo("1000");
        assertThat(results.metricSources()).containsExactly(null, MetricSource.OWN_SALES);
    }

    @Test
    void a_day_of_the_experiment_without_sales_data_leaves_the_metric_to_the_person() throws Exception {
        // the first day is missing: a partial period would make the channel look cheaper than it was
        ExperimentDetail results = linePilotWithOrdersFrom(START.plusDays(1));
        assertThat(results.metrics().get(1).actual()).isNull();
        assertThat(results.metricSources()).containsExactly(null, null);
    }

    /**
     * The LINE pilot (no engagement) with the shop's orders carrying LINE's coupon from {@code from} to its end, its
     * results submitted with a spend of 20,000 and every metric left empty.
     */
    private ExperimentDetail linePilotWithOrdersFrom(java.time.LocalDate from) throws Exception {
        ExperimentDetail approved =
                ExperimentFixtures.approved(companies, c, experiments, ExperimentFixtures.proposal(plan, 20_000));
        ExperimentDetail running = companies.as(
                c.successor(), () -> experiments.start(approved.row().id(), approved.version()));
        // the shop's export is read after the experiment ended (no order may lie in the future)
        clock.set(
                END.plusDays(10).atTime(10, 0).atZone(ZoneId.of("Asia/Taipei")).toInstant());
        companies.run(c.founder(), () -> salesSettings.addCoupon("LINE50", "LINE"));
        companies.run(
                c.founder(),
                () -> sales.upload(
                        "orders.csv", new ByteArrayInputStream(SalesFixtures.shopify(from, END, 1, 20, "LINE50"))));
        return companies.as(
                c.successor(),
                () -> experiments.submitResults(
                        running.row().id(),
                        running.version(),
                        new Results(
                                List.of(new ResultInput(null, null, null), new ResultInput(null, null, null)),
                                new BigDecimal("20000"),
                                "優惠碼帶來的新客",
                                null)));
    }

    private ExperimentDetail running() throws Exception {
        Proposal base = ExperimentFixtures.proposal(plan, 20_000);
        Proposal withAgency = new Proposal(
                base.title(),
                base.hypothesis(),
                plan.channel("GOOGLE_ADS"),
                base.method(),
                base.requestedBudget(),
                base.startDate(),
                base.endDate(),
                base.metrics(),
                engagementId,
                null);
        ExperimentDetail approved = ExperimentFixtures.approved(companies, c, experiments, withAgency);
        return companies.as(
                c.successor(), () -> experiments.start(approved.row().id(), approved.version()));
    }

    private void accepted(YearMonth month) throws Exception {
        ReportService.Submitted v = companies.as(
                c.vendor(),
                () -> reports.upload(
                        engagementId,
                        month,
                        "report.csv",
                        new ByteArrayInputStream(ReportFixtures.month(month.toString(), 1, false)),
                        null,
                        List.of()));
        long version =
                companies.as(c.founder(), () -> versions.version(v.versionId()).version());
        companies.run(c.founder(), () -> reviews.review(v.versionId(), version, ReviewStatus.ACCEPTED, null));
    }
}
