package app.baton.insights;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.DatabaseTestBase;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.reports.ReportFixtures;
import app.baton.reports.ReportService;
import app.baton.reports.ReviewService;
import app.baton.reports.ReviewStatus;
import app.baton.reports.checks.Flag;
import app.baton.sales.SalesComparison;
import app.baton.sales.SalesFixtures;
import app.baton.sales.SalesService;
import app.baton.shared.export.Table;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * Issue 14's walk on the real database: the company's orders for a month are uploaded; the agency's report for that
 * month over-claims and gets CLAIMS_EXCEED_ORDERS at upload; the founder accepts it and sees claimed against verified
 * on the dashboard — with CAC, CLTV and ROI on the company's own data and the full cost (media, fee) — and in the
 * meeting pack.
 */
class GroundTruthIT extends DatabaseTestBase {

    @Autowired
    Companies companies;

    @Autowired
    InsightsFixtures.Services services;

    @Autowired
    SalesService sales;

    @Autowired
    ReportService reports;

    @Autowired
    ReviewService reviews;

    @Autowired
    app.baton.reports.ReportVersionQueryService reportVersions;

    @Autowired
    DashboardService dashboards;

    @Autowired
    MeetingService meetings;

    @Autowired
    KpiSettingsService settings;

    @Autowired
    MessageSource messages;

    @Autowired
    app.baton.reports.EngagementService engagements;

    @Autowired
    app.baton.reports.EngagementQueryService engagementQueries;

    @Test
    void orders_then_an_over_claiming_report_then_claimed_against_verified_on_the_dashboard_and_in_the_pack()
            throws Exception {
        Company c = companies.create("ground-truth");
        InsightsFixtures.Setup setup = InsightsFixtures.setUp(services, c);
        YearMonth month = InsightsFixtures.AUGUST.minusMonths(1);
        // 2 orders a day from 20 customers, UTM-free like a Shopify export
        byte[] orders = SalesFixtures.shopify(month.atDay(1), month.atEndOfMonth(), 2, 20);
        companies.run(c.founder(), () -> sales.upload("orders.csv", new ByteArrayInputStream(orders)));
        int shopOrders = 2 * month.lengthOfMonth();

        byte[] claim = ReportFixtures.month(month.toString(), 1, true);
        ReportService.Submitted submitted = companies.as(
                c.vendor(),
                () -> reports.upload(
                        setup.engagementId(), month, "report.csv", new ByteArrayInputStream(claim), null, List.of()));
        assertThat(submitted.flags()).extracting(Flag::code).contains("CLAIMS_EXCEED_ORDERS", "OVERLAPPING_CLAIMS");
        long version = companies.as(
                c.founder(), () -> reportVersions.version(submitted.versionId()).version());
        companies.run(
                c.founder(),
                () -> reviews.review(submitted.versionId(), version, ReviewStatus.ACCEPTED, "kept for the record"));
        companies.run(
                c.founder(),
                () -> settings.save(
                        -1,
                        new TrendKpi.Assumptions(null, new BigDecimal("3"), new BigDecimal("0.5")),
                        java.util.Map.of()));

        DashboardService.Dashboard d = companies.as(
                c.founder(), () -> dashboards.dashboard(InsightsFixtures.YEAR).orElseThrow());
        SalesComparison comparison = d.truth().months().get(month);
        assertThat(comparison.verified().complete()).isTrue();
        assertThat(comparison.verified().orders()).isEqualTo(shopOrders);
        assertThat(comparison.claimedPurchases()).isEqualByComparingTo("212");
        int index = d.indexOf(month);
        // CAC = the month's full cost (the report's 96,156 media + the 30,000 fee) / the company's 20 first orders
        assertThat(d.overall().value(TrendKpi.CAC, index)).isEqualByComparingTo("6307.8");
        // CLTV = the company's own average order (1,000) × its customers' purchases a year × 3 years × 0.5 margin
        assertThat(d.overall().value(TrendKpi.CLTV, index)).isNotNull();
        // no UTM tags or coupons in the export: verified ROAS and ROI cannot be told, the claimed ROAS can
        assertThat(d.overall().value(TrendKpi.ROI, index)).isNull();
        assertThat(d.overall().value(TrendKpi.ROAS_VERIFIED, index)).isNull();
        assertThat(d.overall().value(TrendKpi.ROAS, index)).isNotNull();

        MeetingService.Meeting meeting =
                companies.as(c.founder(), () -> meetings.meeting(month).orElseThrow());
        List<Table> tables =
                MeetingPack.tables(meeting, InsightsFixtures.labels(messages, java.util.Locale.TRADITIONAL_CHINESE));
        Table truth = tables.stream()
                .filter(t -> t.name().equals("外包商聲稱 vs. 公司實際銷售"))
                .findFirst()
                .orElseThrow();
        List<Object> company = truth.rows().get(0);
        assertThat(company.get(0)).isEqualTo("公司資料");
        assertThat(company.get(1)).isEqualTo(shopOrders);
        assertThat((BigDecimal) company.get(2)).isEqualByComparingTo(BigDecimal.valueOf(shopOrders * 1000L));
        assertThat(company.get(3)).isEqualTo(20);
        assertThat(truth.rows().get(1).get(0)).isEqualTo("所有外包商合計（聲稱）");
        assertThat((BigDecimal) truth.rows().get(1).get(1)).isEqualByComparingTo("212");

        // the agency's conversions turn out to be leads: from this month on a new period, and no purchases claimed
        app.baton.reports.EngagementView e = companies.as(
                c.founder(),
                () -> engagementQueries.engagement(new app.baton.shared.ids.EngagementId(setup.engagementId())));
        companies.run(
                c.founder(),
                () -> engagements.update(
                        e.id(),
                        e.version(),
                        app.baton.sales.SalesFixtures.withConversion(
                                e, app.baton.reports.ConversionKind.LEAD, "LINE 好友")));
        DashboardService.Dashboard after = companies.as(
                c.founder(), () -> dashboards.dashboard(InsightsFixtures.YEAR).orElseThrow());
        assertThat(after.definitionChanges()).singleElement().satisfies(change -> {
            assertThat(change.engagementId()).isEqualTo(setup.engagementId());
            assertThat(change.kind()).isEqualTo(app.baton.reports.ConversionKind.LEAD);
        });
        assertThat(after.truth().months().get(month).claimedPurchases()).isZero();
        assertThat(after.overall().value(TrendKpi.CPA, index)).isNull();
        assertThat(after.engagementCosts().get(0).perLead()).isNotNull();
    }
}
