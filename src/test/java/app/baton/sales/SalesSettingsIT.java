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
import app.baton.sales.parsing.SalesColumn;
import app.baton.sales.parsing.SalesLayout;
import app.baton.shared.DomainException;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Each company's own way of reading and judging its sales, on the real database: a column mapping for an export Baton
 * does not know, coupon codes attributing orders to channels, and the ROAS factor (changing it re-checks the months
 * with sales). None of them is shared: what company B saves never changes how A's files are read or judged.
 */
class SalesSettingsIT extends DatabaseTestBase {

    static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    /** A POS export Baton does not know: its own headers, a store name, no personal data. */
    static final String POS = "單據號,成交時間,實收金額,狀態\n"
            + "P-1,2026/10/01 10:00,1200,完成\n"
            + "P-2,2026/10/01 11:30,800,完成\n"
            + "P-3,2026/10/02 09:10,500,作廢\n"
            + "P-4,2026/10/03 15:00,2500,完成\n";

    @Autowired
    Companies companies;

    @Autowired
    SalesService sales;

    @Autowired
    app.baton.sales.SalesQueryService salesQueries;

    @Autowired
    SalesSettingsService settings;

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

    Company c;

    @BeforeEach
    void company() {
        c = companies.create("sales-settings");
    }

    @Test
    void an_unknown_layout_is_read_by_the_companys_own_mapping_and_by_no_one_elses() throws Exception {
        byte[] file = POS.getBytes(StandardCharsets.UTF_8);
        assertRefused(() -> upload(c.successor(), "pos.csv", file), "sales.unknownLayout");

        // another company teaches Baton the same headers: A's file is still not read
        Company other = companies.create("sales-settings-b");
        companies.as(other.founder(), () -> settings.saveMapping(posMapping()));
        assertRefused(() -> upload(c.successor(), "pos.csv", file), "sales.unknownLayout");

        List<String> headers =
                companies.as(c.successor(), () -> settings.headersOf("pos.csv", new ByteArrayInputStream(file)));
        assertThat(headers).containsExactly("單據號", "成交時間", "實收金額", "狀態");
        SalesSettingsService.Settings saved = companies.as(c.successor(), () -> settings.saveMapping(posMapping()));
        assertThat(saved.mapping()).containsEntry("單據號", SalesColumn.ORDER_ID).hasSize(4);

        SalesService.UploadView upload = upload(c.successor(), "pos.csv", file);
        assertThat(upload.layout()).isEqualTo(SalesLayout.MAPPED_ORDERS);
        assertThat(upload.orders()).isEqualTo(3);
        assertThat(upload.cancelled()).isEqualTo(1);
        assertThat(upload.revenue()).isEqualByComparingTo("4500");
        assertThat(upload.from()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(upload.to()).isEqualTo(LocalDate.of(2026, 10, 3));
        assertThat(companies.as(c.founder(), () -> audit.actions())).contains("SALES_SETTINGS_CHANGED");

        // B removes its mapping: A's stays
        companies.as(other.founder(), () -> settings.removeMapping());
        assertThat(companies.as(c.founder(), () -> settings.settings()).mapping())
                .hasSize(4);
        assertThat(companies.as(other.founder(), () -> settings.settings()).mapping())
                .isEmpty();
    }

    @Test
    void a_mapping_that_cannot_read_a_file_is_refused_with_its_reason() throws Exception {
        Map<String, SalesColumn> noTotal = new LinkedHashMap<>();
        noTotal.put("單據號", SalesColumn.ORDER_ID);
        noTotal.put("成交時間", SalesColumn.CREATED_AT);
        assertRefused(() -> companies.as(c.founder(), () -> settings.saveMapping(noTotal)), "sales.mapping.incomplete");
        Map<String, SalesColumn> twice = new LinkedHashMap<>(posMapping());
        twice.put("金額2", SalesColumn.TOTAL);
        assertRefused(
                () -> companies.as(c.founder(), () -> settings.saveMapping(twice)), "sales.mapping.duplicateField");
        Map<String, SalesColumn> mixed = new LinkedHashMap<>(posMapping());
        mixed.put("門市", SalesColumn.CHANNEL);
        assertRefused(() -> companies.as(c.founder(), () -> settings.saveMapping(mixed)), "sales.mapping.mixed");
        assertThat(companies.as(c.founder(), () -> settings.settings()).mapping())
                .isEmpty();
    }

    @Test
    void coupon_codes_attribute_untagged_orders_to_their_channel_and_the_roas_factor_is_the_founders()
            throws Exception {
        EngagementView engagement = SalesFixtures.googleAndMeta(companies, c, engagements, channels);
        companies.as(c.successor(), () -> settings.addCoupon(" fb10 ", "META_ADS"));
        companies.as(c.successor(), () -> settings.addCoupon("GG10", "GOOGLE_ADS"));
        assertRefused(
                () -> companies.as(c.successor(), () -> settings.addCoupon("A B", "META_ADS")), "sales.coupon.invalid");
        assertRefused(
                () -> companies.as(c.successor(), () -> settings.addCoupon("X1", "NOPE")), "sales.coupon.channel");
        // another company's codes are its own
        Company other = companies.create("sales-settings-c");
        companies.as(other.founder(), () -> settings.addCoupon("FB10", "LINE"));
        assertThat(companies.as(c.founder(), () -> settings.settings()).coupons())
                .containsExactly(Map.entry("FB10", "META_ADS"), Map.entry("GG10", "GOOGLE_ADS"));

        // orders uploaded before a code is listed are read again with it on request, as a new version
        Company early = companies.create("sales-settings-d");
        SalesService.UploadView before = upload(early.founder(), "october.csv", couponOrders());
        assertThat(companies
                        .as(early.founder(), () -> salesQueries.compare(OCTOBER))
                        .verified()
                        .byChannel())
                .containsOnlyKeys("");
        companies.as(early.founder(), () -> settings.addCoupon("FB10", "META_ADS"));
        SalesService.UploadView again = companies.as(early.successor(), () -> sales.reread(before.id()));
        assertThat(again.version()).isEqualTo(2);
        assertThat(again.sha256()).isEqualTo(before.sha256());
        assertThat(companies
                        .as(early.founder(), () -> salesQueries.compare(OCTOBER))
                        .verified()
                        .byChannel()
                        .get("META_ADS")
                        .orders())
                .isEqualTo(10);
        // another company cannot read A's upload again
        assertRefused(() -> companies.as(c.founder(), () -> sales.reread(before.id())), "sales.notFound");

        // a factor of 10 questions neither platform's ROAS
        companies.as(c.founder(), () -> settings.saveRoasFactor(new BigDecimal("10")));
        assertThatThrownBy(() -> companies.as(c.successor(), () -> settings.saveRoasFactor(new BigDecimal("3"))))
                .isInstanceOf(AccessDeniedException.class);
        assertRefused(
                () -> companies.as(c.founder(), () -> settings.saveRoasFactor(new BigDecimal("0.5"))),
                "sales.roasFactor.range");

        upload(c.founder(), "october.csv", couponOrders());
        VerifiedSales verified =
                companies.as(c.founder(), () -> salesQueries.compare(OCTOBER)).verified();
        // 10 orders used FB10 (Meta), 40 used GG10 (Google), the other 43 carry no code
        assertThat(verified.byChannel().get("META_ADS").orders()).isEqualTo(10);
        assertThat(verified.byChannel().get("GOOGLE_ADS").revenue()).isEqualByComparingTo("40000");
        assertThat(verified.byChannel().get("").orders()).isEqualTo(43);

        byte[] report = ReportFixtures.month(OCTOBER.toString(), 1, true);
        ReportService.Submitted submitted = companies.as(
                c.vendor(),
                () -> reports.upload(
                        engagement.id(), OCTOBER, "october.csv", new ByteArrayInputStream(report), null, List.of()));
        // Meta claims ROAS 2.12 against 0.29 verified, Google 3.51 against 0.65: under 10×, over 2×
        assertThat(submitted.flags()).extracting(Flag::code).doesNotContain("CLAIMED_ROAS_UNSUPPORTED");

        companies.as(c.founder(), () -> settings.saveRoasFactor(new BigDecimal("2")));
        VersionDetail detail = companies.as(c.founder(), () -> reportVersions.version(submitted.versionId()));
        assertThat(detail.flags()).extracting(f -> f.flag().code()).contains("CLAIMED_ROAS_UNSUPPORTED");
        assertThat(detail.thread())
                .filteredOn(m -> m.kind() == MessageKind.RECONCILED)
                .extracting(MessageView::body)
                .contains("CLAIMED_ROAS_UNSUPPORTED");
        String summary = companies
                .as(
                        c.founder(),
                        () -> audit.search(
                                new AuditService.AuditFilter(null, null, null, "SALES_SETTINGS_CHANGED"), 0, 10))
                .get(0)
                .summary();
        assertThat(summary).isEqualTo("roas-factor 10 → 2");
    }

    @Test
    void only_founders_and_successors_touch_the_settings() throws Exception {
        assertThatThrownBy(() -> companies.as(c.vendor(), () -> settings.settings()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> companies.as(c.vendor(), () -> settings.saveMapping(posMapping())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> companies.as(c.vendor(), () -> settings.addCoupon("FB10", "META_ADS")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(companies.as(c.successor(), () -> settings.settings()).roasFactor())
                .isEqualByComparingTo("2");
    }

    private static Map<String, SalesColumn> posMapping() {
        Map<String, SalesColumn> m = new LinkedHashMap<>();
        m.put("單據號", SalesColumn.ORDER_ID);
        m.put("成交時間", SalesColumn.CREATED_AT);
        m.put("實收金額", SalesColumn.TOTAL);
        m.put("狀態", SalesColumn.ORDER_STATUS);
        return m;
    }

    /** 3 orders a day in October of 1,000 each: orders 1–10 used FB10, 11–50 used gg10, the rest no code. */
    private static byte[] couponOrders() {
        StringBuilder csv = new StringBuilder("Name,Email,Financial Status,Paid at,Currency,Total,Discount Code\n");
        int n = 0;
        for (LocalDate d = OCTOBER.atDay(1); !d.isAfter(OCTOBER.atEndOfMonth()); d = d.plusDays(1)) {
            for (int i = 0; i < 3; i++) {
                n++;
                String code = n <= 10 ? "FB10" : n <= 50 ? "gg10" : "";
                csv.append("#")
                        .append(20_000 + n)
                        .append(",c")
                        .append(n % 30)
                        .append("@example.com,paid,")
                        .append(d)
                        .append(" 1")
                        .append(i)
                        .append(":00:00 +0800,TWD,1000,")
                        .append(code)
                        .append('\n');
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private SalesService.UploadView upload(Person person, String name, byte[] content) throws Exception {
        return companies.as(person, () -> sales.upload(name, new ByteArrayInputStream(content)));
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
