package app.baton.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.DatabaseTestBase;
import app.baton.TestFixtures.Companies;
import app.baton.reports.ReviewService;
import app.baton.reports.ReviewStatus;
import app.baton.reports.VersionDetail;
import app.baton.sales.SalesComparison;
import app.baton.sales.SalesService;
import app.baton.security.MembershipDirectory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo's year of shop orders under the agency's claims: about 30,000 orders; two months ago Google and Meta
 * together claim 1.4 times the orders (OVERLAPPING_CLAIMS); last month's waiting report claims more purchases than
 * the shop received (CLAIMS_EXCEED_ORDERS).
 */
class DemoSalesIT extends DatabaseTestBase {

    @Autowired
    DemoData demo;

    @Autowired
    SalesService sales;

    @Autowired
    app.baton.sales.SalesQueryService salesQueries;

    @Autowired
    ReviewService reviews;

    @Autowired
    app.baton.reports.ReportVersionQueryService reportVersions;

    @Autowired
    app.baton.reports.ReportStatusQueryService reportStatus;

    @Autowired
    Companies companies;

    @Autowired
    MembershipDirectory directory;

    @Autowired
    Clock clock;

    @Test
    void the_demo_shop_sits_under_the_agencys_claims() throws Exception {
        DemoData.Seeded seeded = demo.seed();
        long userId = companies.userIdOf(DemoData.FOUNDER);
        var founder = new app.baton.TestFixtures.Person(
                userId,
                DemoData.FOUNDER,
                directory.membershipsOf(userId).stream()
                        .filter(m -> m.tenantId() == seeded.linFoodsId())
                        .findFirst()
                        .orElseThrow());
        YearMonth last = DemoSales.thisMonth(clock).minusMonths(1);
        List<SalesService.UploadView> uploads = companies.as(founder, () -> sales.uploads());
        assertThat(uploads).hasSize(1);
        assertThat(uploads.get(0).orders()).isBetween(27_000, 33_000);
        assertThat(uploads.get(0).rows()).isGreaterThan(uploads.get(0).orders());

        SalesComparison october = companies.as(founder, () -> salesQueries.compare(last.minusMonths(1)));
        BigDecimal ratio = october.claimedPurchases()
                .divide(BigDecimal.valueOf(october.verified().orders()), 2, java.math.RoundingMode.HALF_UP);
        assertThat(ratio).isEqualByComparingTo("1.40");

        var waiting = companies.as(founder, () -> reportStatus.attention());
        assertThat(waiting.waiting()).isEqualTo(1);
        SalesComparison november = companies.as(founder, () -> salesQueries.compare(last));
        long versionId = november.claims().get(0).versionId();
        VersionDetail detail = companies.as(founder, () -> reportVersions.version(versionId));
        assertThat(detail.summary().status()).isEqualTo(ReviewStatus.SUBMITTED);
        assertThat(detail.flags()).extracting(f -> f.flag().code()).contains("CLAIMS_EXCEED_ORDERS");
        long octoberVersion = october.claims().get(0).versionId();
        assertThat(companies
                        .as(founder, () -> reportVersions.version(octoberVersion))
                        .flags())
                .extracting(f -> f.flag().code())
                .contains("OVERLAPPING_CLAIMS")
                .doesNotContain("CLAIMS_EXCEED_ORDERS");
    }
}
