package app.baton.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.baton.DatabaseTestBase;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.TestFixtures.Person;
import app.baton.audit.AuditService;
import app.baton.budgets.ChannelService;
import app.baton.reports.EngagementService;
import app.baton.reports.EngagementView;
import app.baton.reports.MessageKind;
import app.baton.reports.MessageView;
import app.baton.reports.ReportFixtures;
import app.baton.reports.ReportService;
import app.baton.reports.ReviewService;
import app.baton.reports.VersionDetail;
import app.baton.reports.checks.Flag;
import app.baton.shared.DomainException;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The company's own sales on the real database: orders uploaded, an over-claiming report flagged at upload and an
 * earlier one re-checked when sales arrive, nothing personal stored or logged, one company never reaching another's,
 * and only founders and successors handling sales.
 */
@ExtendWith(OutputCaptureExtension.class)
class SalesFlowIT extends DatabaseTestBase {

    static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);

    @Autowired
    Companies companies;

    @Autowired
    SalesService sales;

    @Autowired
    app.baton.sales.SalesQueryService salesQueries;

    @Autowired
    EngagementService engagements;

    @Autowired
    ReportService reports;

    @Autowired
    ReviewService reviews;

    @Autowired
    app.baton.reports.ReportVersionQueryService reportVersions;

    @Autowired
    ChannelService channels;

    @Autowired
    AuditService audit;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    app.baton.sales.internal.SalesDayRepository salesDays;

    @Autowired
    app.baton.notifications.NotificationService notifications;

    Company c;
    EngagementView engagement;

    @BeforeEach
    void company() throws Exception {
        c = companies.create("sales");
        engagement = SalesFixtures.googleAndMeta(companies, c, engagements, channels);
    }

    @Test
    void orders_uploaded_then_an_over_claiming_report_is_flagged_and_the_founder_sees_claimed_against_verified()
            throws Exception {
        // 3 orders a day in October (93), 40 customers; the report claims 154 Google and 58 Meta purchases
        SalesService.UploadView upload = upload(c.founder(), "orders.csv", shopifyMonth(OCTOBER, 3, 40));
        assertThat(upload.orders()).isEqualTo(93);
        assertThat(upload.cancelled()).isEqualTo(9);
        assertThat(upload.revenue()).isEqualByComparingTo("93000");
        assertThat(upload.newCustomers()).isEqualTo(40);
        assertThat(upload.from()).isEqualTo(OCTOBER.atDay(1));
        assertThat(upload.to()).isEqualTo(OCTOBER.atEndOfMonth());

        ReportService.Submitted submitted = report(OCTOBER);
        assertThat(submitted.flags())
                .extracting(Flag::code)
                .contains("CLAIMS_EXCEED_ORDERS", "OVERLAPPING_CLAIMS", "NEW_CUSTOMERS_UNSUPPORTED");
        Flag exceed = submitted.flags().stream()
                .filter(f -> f.code().equals("CLAIMS_EXCEED_ORDERS"))
                .findFirst()
                .orElseThrow();
        // names both sides: Google's 154 claimed purchases against the shop's 93 orders
        assertThat(exceed.arguments().getFirst()).isEqualTo("channel.GOOGLE_ADS");
        assertThat((BigDecimal) exceed.arguments().get(1)).isEqualByComparingTo("154");
        assertThat((BigDecimal) exceed.arguments().get(2)).isEqualByComparingTo("93");
        VersionDetail detail = companies.as(c.founder(), () -> reportVersions.version(submitted.versionId()));
        assertThat(detail.flags()).extracting(f -> f.flag().code()).contains("CLAIMS_EXCEED_ORDERS");

        SalesComparison comparison = companies.as(c.founder(), () -> salesQueries.compare(OCTOBER));
        assertThat(comparison.verified().complete()).isTrue();
        assertThat(comparison.verified().orders()).isEqualTo(93);
        assertThat(comparison.claimedPurchases()).isEqualByComparingTo("212");
        assertThat(comparison.claims()).hasSize(1);
    }

    @Test
    void a_month_whose_latest_report_was_rejected_claims_nothing_until_the_agency_sends_it_again() throws Exception {
        upload(c.founder(), "orders.csv", shopifyMonth(OCTOBER, 3, 40));
        ReportService.Submitted first = report(OCTOBER);
        VersionDetail detail = companies.as(c.founder(), () -> reportVersions.version(first.versionId()));
        companies.run(
                c.founder(),
                () -> reviews.review(
                        first.versionId(), detail.version(), app.baton.reports.ReviewStatus.REJECTED, "Wrong account"));
        // the rejected version claims nothing, and no earlier version stands in for it
        assertThat(companies
                        .as(c.founder(), () -> salesQueries.compare(OCTOBER))
                        .claims())
                .isEmpty();
        ReportService.Submitted second = report(OCTOBER);
        assertThat(companies
                        .as(c.founder(), () -> salesQueries.compare(OCTOBER))
                        .claims())
                .singleElement()
                .satisfies(claim -> {
                    assertThat(claim.versionId()).isEqualTo(second.versionId());
                    assertThat(claim.versionNumber()).isEqualTo(2);
                    assertThat(claim.engagementId()).isEqualTo(engagement.id());
                    assertThat(claim.engagement()).isEqualTo(engagement.title());
                    assertThat(claim.kind()).isEqualTo(app.baton.reports.ConversionKind.PURCHASE);
                    assertThat(claim.byChannel()).hasSize(2);
                });
        // the whole year's comparison (the dashboard's) holds the same claim, in its month only
        SalesMonths year = companies.as(c.founder(), () -> salesQueries.compare(OCTOBER.minusMonths(9), OCTOBER));
        assertThat(year.months().get(OCTOBER).claims())
                .extracting(app.baton.reports.GroundTruth.Claim::versionId)
                .containsExactly(second.versionId());
        assertThat(year.months().get(SEPTEMBER).claims()).isEmpty();
        // another company's comparison of the month holds none of it
        Company other = companies.create("sales-claims-b");
        assertThat(companies
                        .as(other.founder(), () -> salesQueries.compare(OCTOBER))
                        .claims())
                .isEmpty();
    }

    @Test
    void a_report_uploaded_before_the_sales_is_re_checked_when_they_arrive_once() throws Exception {
        ReportService.Submitted submitted = report(SEPTEMBER);
        assertThat(submitted.flags()).extracting(Flag::code).doesNotContain("CLAIMS_EXCEED_ORDERS");

        long unreadBefore = companies.as(c.successor(), () -> notifications.unreadCount());
        upload(c.founder(), "september.csv", shopifyMonth(SEPTEMBER, 2, 30));
        VersionDetail detail = companies.as(c.founder(), () -> reportVersions.version(submitted.versionId()));
        assertThat(detail.flags()).extracting(f -> f.flag().code()).contains("CLAIMS_EXCEED_ORDERS");
        assertThat(detail.thread())
                .filteredOn(m -> m.kind() == MessageKind.RECONCILED)
                .extracting(MessageView::body)
                .contains("CLAIMS_EXCEED_ORDERS");
        assertThat(companies.as(c.founder(), () -> audit.actions())).contains("SALES_UPLOADED", "REPORT_RECONCILED");
        // the founders and the successor are told in-app
        assertThat(companies.as(c.successor(), () -> notifications.unreadCount()))
                .isGreaterThan(unreadBefore);

        // the same sales again: a new version, and no flag twice
        SalesService.UploadView again = upload(c.founder(), "september-again.csv", shopifyMonth(SEPTEMBER, 2, 30));
        assertThat(again.version()).isEqualTo(2);
        VersionDetail after = companies.as(c.founder(), () -> reportVersions.version(submitted.versionId()));
        assertThat(after.flags())
                .filteredOn(f -> f.flag().code().equals("CLAIMS_EXCEED_ORDERS"))
                .hasSize(1);
    }

    @Test
    void an_engagement_whose_conversions_are_leads_claims_no_orders_and_the_change_is_on_the_record() throws Exception {
        EngagementView e = engagement;
        EngagementView changed = companies.as(
                c.founder(),
                () -> engagements.update(
                        e.id(),
                        e.version(),
                        app.baton.sales.SalesFixtures.withConversion(
                                e, app.baton.reports.ConversionKind.LEAD, "填寫聯絡表單")));
        assertThat(changed.conversionKind()).isEqualTo(app.baton.reports.ConversionKind.LEAD);
        // the clock stands in November 2026: the new definition holds from then, a new period in the trends
        assertThat(changed.conversionSince()).isEqualTo(LocalDate.of(2026, 11, 1));
        String summary = companies
                .as(
                        c.founder(),
                        () -> audit.search(new AuditService.AuditFilter(null, null, null, "ENGAGEMENT_UPDATED"), 0, 5))
                .get(0)
                .summary();
        assertThat(summary).contains("conversion PURCHASE").contains("conversion LEAD \"填寫聯絡表單\" since 2026-11");

        upload(c.founder(), "orders.csv", shopifyMonth(OCTOBER, 3, 40));
        ReportService.Submitted submitted = report(OCTOBER);
        // 212 leads are not 212 purchases: nothing to hold against the 93 orders
        assertThat(submitted.flags())
                .extracting(Flag::code)
                .doesNotContain("CLAIMS_EXCEED_ORDERS", "OVERLAPPING_CLAIMS", "NEW_CUSTOMERS_UNSUPPORTED");
        SalesComparison comparison = companies.as(c.founder(), () -> salesQueries.compare(OCTOBER));
        assertThat(comparison.claimedPurchases()).isZero();
        assertThat(comparison.claimedLeads()).isEqualByComparingTo("212");
    }

    @Test
    void a_month_only_partly_uploaded_raises_nothing() throws Exception {
        upload(c.founder(), "half.csv", SalesFixtures.shopify(OCTOBER.atDay(1), OCTOBER.atDay(15), 1, 10));
        ReportService.Submitted submitted = report(OCTOBER);
        assertThat(submitted.flags())
                .extracting(Flag::code)
                .doesNotContain("CLAIMS_EXCEED_ORDERS", "OVERLAPPING_CLAIMS");
        SalesComparison comparison = companies.as(c.founder(), () -> salesQueries.compare(OCTOBER));
        assertThat(comparison.verified().daysCovered()).isEqualTo(15);
        assertThat(comparison.verified().complete()).isFalse();
    }

    @Test
    void an_upload_reads_its_file_with_no_transaction_open_and_then_records_it_whole() throws Exception {
        app.baton.TransactionWatch watched = new app.baton.TransactionWatch(shopifyMonth(OCTOBER, 3, 40));
        SalesService.UploadView upload = companies.as(c.founder(), () -> sales.upload("orders.csv", watched));
        assertThat(watched.reads()).isNotEmpty().containsOnly(false);
        assertThat(upload.orders()).isPositive();
        assertThat(companies
                        .as(c.founder(), () -> salesQueries.compare(OCTOBER))
                        .verified()
                        .orders())
                .isEqualTo(upload.orders());
        // the span's comparison reads its uploads once, for the figures and for how often a customer buys: the one
        // upload's 93 orders by 40 customers over 31 days, scaled to a year
        SalesMonths months = companies.as(c.founder(), () -> salesQueries.compare(OCTOBER, OCTOBER));
        assertThat(months.months().get(OCTOBER).verified().orders()).isEqualTo(upload.orders());
        assertThat(months.purchasesPerYear()).isEqualByComparingTo("27.3750");
    }

    @Test
    void the_latest_upload_of_each_source_counts_for_each_day() throws Exception {
        upload(c.founder(), "october.csv", shopifyMonth(OCTOBER, 3, 40));
        // a correction for the first week only: 1 order a day
        upload(c.founder(), "week1.csv", SalesFixtures.shopify(OCTOBER.atDay(1), OCTOBER.atDay(7), 1, 40));
        assertThat(companies
                        .as(c.founder(), () -> salesQueries.compare(OCTOBER))
                        .verified()
                        .orders())
                .isEqualTo(7 + 24 * 3);
        // the stores' daily totals are another source: they add to the shop's orders, they do not replace them
        byte[] stores;
        try (var in = SalesFlowIT.class.getResourceAsStream("/sales/daily-totals-zh.csv")) {
            stores = in.readAllBytes();
        }
        upload(c.founder(), "stores.csv", stores);
        assertThat(companies
                        .as(c.founder(), () -> salesQueries.compare(OCTOBER))
                        .verified()
                        .orders())
                .isEqualTo(7 + 24 * 3 + 97);
    }

    @Test
    void no_e_mail_phone_or_name_reaches_the_database_the_stored_rows_or_the_logs(CapturedOutput output)
            throws Exception {
        SalesService.UploadView upload = upload(c.founder(), "orders.csv", shopifyMonth(OCTOBER, 3, 40));
        List<String> keys =
                jdbc.queryForList("select customer_key from sales_customer where tenant_id = ?", String.class, c.id());
        assertThat(keys).hasSize(40).allMatch(k -> k.matches("[0-9a-f]{64}"));
        String rowsKey = jdbc.queryForObject(
                "select rows_storage_key from sales_upload where id = ?", String.class, upload.id());
        String rows;
        try (var in = new GZIPInputStream(files().open(rowsKey))) {
            rows = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(rows)
                .contains("#10001")
                .doesNotContainIgnoringCase("example.com")
                .doesNotContain("王小明")
                // the phone number as a field of its own (a customer's hash may contain the digits by chance)
                .doesNotContainPattern(java.util.regex.Pattern.compile("(?m)(^|,)\"?0912\"?(,|$)"));
        String auditText = String.join(
                "\n", jdbc.queryForList("select summary from audit_event where tenant_id = ?", String.class, c.id()));
        assertThat(auditText).contains("SHOPIFY").doesNotContainIgnoringCase("example.com");
        assertThat(output.getAll())
                .doesNotContainIgnoringCase("customer1@example.com")
                .doesNotContain("王小明");
        // the same person in another company gets another key
        Company other = companies.create("sales-other");
        upload(other.founder(), "orders.csv", shopifyMonth(OCTOBER, 3, 40));
        List<String> otherKeys = jdbc.queryForList(
                "select customer_key from sales_customer where tenant_id = ?", String.class, other.id());
        assertThat(otherKeys).hasSize(40).doesNotContainAnyElementsOf(keys);
    }

    @Test
    void one_company_never_sees_or_changes_another_companys_sales() throws Exception {
        SalesService.UploadView mine = upload(c.founder(), "orders.csv", shopifyMonth(OCTOBER, 3, 40));
        Company other = companies.create("sales-b");
        assertThat(companies.as(other.founder(), () -> sales.uploads())).isEmpty();
        // the day figures are read by the tenant alone (no upload ids): none of A's reach B
        assertThat(companies.as(
                        other.founder(), () -> salesDays.figuresBetween(OCTOBER.atDay(1), OCTOBER.atEndOfMonth())))
                .isEmpty();
        assertThat(companies.as(c.founder(), () -> salesDays.figuresBetween(OCTOBER.atDay(1), OCTOBER.atEndOfMonth())))
                .isNotEmpty();
        assertThat(companies
                        .as(other.founder(), () -> salesQueries.compare(OCTOBER))
                        .verified()
                        .daysCovered())
                .isZero();
        assertRefused(() -> companies.as(other.founder(), () -> sales.openFile(mine.id())), "sales.notFound");
        // B's upload of the same customers: new for B, and A's counts are untouched
        SalesService.UploadView theirs = upload(other.founder(), "orders.csv", shopifyMonth(OCTOBER, 1, 40));
        assertThat(theirs.newCustomers()).isEqualTo(31);
        assertThat(theirs.version()).isEqualTo(1);
        assertThat(companies
                        .as(c.founder(), () -> salesQueries.compare(OCTOBER))
                        .verified()
                        .orders())
                .isEqualTo(93);
        assertThat(companies.as(c.founder(), () -> sales.uploads()))
                .extracting(SalesService.UploadView::id)
                .containsExactly(mine.id());
    }

    @Test
    void only_founders_and_successors_handle_sales() throws Exception {
        byte[] file = shopifyMonth(OCTOBER, 1, 5);
        assertThatThrownBy(() -> upload(c.vendor(), "orders.csv", file)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> companies.as(c.vendor(), () -> sales.uploads()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> companies.as(c.vendor(), () -> salesQueries.compare(OCTOBER)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(upload(c.successor(), "orders.csv", file).orders()).isEqualTo(31);
    }

    @Test
    void a_bad_file_stores_nothing() throws Exception {
        String duplicate = "Name,Email,Financial Status,Paid at,Currency,Total\n"
                + "#1,a@b.tw,paid,2026-10-01 10:00:00 +0800,TWD,100\n"
                + "#2,c@d.tw,paid,2026-10-02 10:00:00 +0800,TWD,100\n"
                + "#1,a@b.tw,paid,2026-10-03 10:00:00 +0800,TWD,100\n";
        assertRefused(
                () -> upload(c.founder(), "dup.csv", duplicate.getBytes(StandardCharsets.UTF_8)),
                "sales.duplicateOrder");
        assertRefused(
                () -> upload(c.founder(), "report.pdf", "%PDF-1.7 x".getBytes(StandardCharsets.UTF_8)),
                "file.typeNotAllowed");
        assertThat(jdbc.queryForObject("select count(*) from sales_upload where tenant_id = ?", Long.class, c.id()))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from sales_customer where tenant_id = ?", Long.class, c.id()))
                .isZero();
    }

    private app.baton.shared.storage.FileStore files() {
        return fileStore;
    }

    @Autowired
    app.baton.shared.storage.FileStore fileStore;

    private static byte[] shopifyMonth(YearMonth month, int perDay, int customers) {
        return SalesFixtures.shopify(month.atDay(1), month.atEndOfMonth(), perDay, customers);
    }

    private SalesService.UploadView upload(Person person, String name, byte[] content) throws Exception {
        return companies.as(person, () -> sales.upload(name, new ByteArrayInputStream(content)));
    }

    private ReportService.Submitted report(YearMonth month) throws Exception {
        byte[] file = ReportFixtures.month(month.toString(), 1, true);
        return companies.as(
                c.vendor(),
                () -> reports.upload(
                        engagement.id(), month, month + ".csv", new ByteArrayInputStream(file), null, List.of()));
    }

    private static void assertRefused(ThrowingCall call, String key) {
        assertThatThrownBy(call::call)
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo(key);
    }

    private interface ThrowingCall {
        Object call() throws Exception;
    }
}
