package app.baton.sales.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.baton.shared.DomainException;
import app.baton.shared.tables.Table;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The sample sales files under src/test/resources/sales, read through the real reader and tally. */
class SalesReaderTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 18);

    static SalesReader.Options options() {
        return new SalesReader.Options(
                ZoneId.of("Asia/Taipei"),
                TODAY,
                "TWD",
                SalesReaderTest::key,
                new Table.Limits(10_000_000, 100_000, 200, 100_000_000));
    }

    /** A stand-in for the company's HMAC: says nothing of the identifier it came from. */
    static String key(String identifier) {
        return "k" + Integer.toHexString(identifier.hashCode());
    }

    static byte[] sample(String name) throws IOException {
        try (InputStream in = SalesReaderTest.class.getResourceAsStream("/sales/" + name)) {
            return in.readAllBytes();
        }
    }

    static List<CSVRecord> expected() throws IOException {
        try (var reader = new InputStreamReader(
                SalesReaderTest.class.getResourceAsStream("/sales/expected.csv"), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expected")
    void each_sample_reads_as_its_manifest_says(CSVRecord expected) throws IOException {
        StringWriter rows = new StringWriter();
        SalesTally tally = new SalesTally(CSVFormat.DEFAULT.print(rows));
        SalesReader.Read read = SalesReader.read(sample(expected.get("file")), options(), tally);
        SalesTally.Result result = tally.finish(Map.of());
        assertThat(read.layout().name()).isEqualTo(expected.get("layout"));
        assertThat(read.encoding().encoding().name()).isEqualTo(expected.get("encoding"));
        assertThat(result.orders()).isEqualTo(Integer.parseInt(expected.get("orders")));
        assertThat(result.cancelled()).isEqualTo(Integer.parseInt(expected.get("cancelled")));
        assertThat(result.revenue()).isEqualByComparingTo(expected.get("revenue"));
        assertThat(result.newCustomers()).isEqualTo(Integer.parseInt(expected.get("new_customers")));
        assertThat(read.totalsMismatch()).isEqualTo(Integer.parseInt(expected.get("totals_mismatch")));
        // personal data never reaches the rows kept: only keyed hashes
        assertThat(rows.toString()).doesNotContain("@example.com", "0912", "陳小美", "林大明");
    }

    @Test
    void shopify_line_items_refunds_and_attribution() throws IOException {
        SalesTally tally = new SalesTally(null);
        SalesReader.Read read = SalesReader.read(sample("shopify-orders-en.csv"), options(), tally);
        SalesTally.Result result = tally.finish(Map.of());
        assertThat(read.mismatchLines()).containsExactly(7);
        assertThat(result.first()).isEqualTo(LocalDate.of(2026, 10, 3));
        assertThat(result.last()).isEqualTo(LocalDate.of(2026, 10, 31));
        // the same e-mail in other letter case is one customer, new once, on the day of the first order
        assertThat(result.firstOrders()).containsEntry(key("e:amy.chen@example.com"), LocalDate.of(2026, 10, 3));
        assertThat(result.firstOrders()).containsKey(key("p:0987654321"));
        // a customer known from an earlier upload is returning, not new
        SalesTally again = new SalesTally(null);
        SalesReader.read(sample("shopify-orders-en.csv"), options(), again);
        assertThat(again.finish(Map.of(key("e:bob@example.com"), LocalDate.of(2025, 1, 1)))
                        .newCustomers())
                .isEqualTo(3);
    }

    @Test
    void the_same_export_saved_as_xlsx_or_as_excels_unicode_text_reads_the_same() throws Exception {
        List<CSVRecord> lines;
        try (var reader = new java.io.StringReader(
                new String(sample("shopify-orders-en.csv"), StandardCharsets.UTF_8).substring(1))) {
            lines = CSVFormat.DEFAULT.parse(reader).getRecords();
        }
        java.io.ByteArrayOutputStream xlsx = new java.io.ByteArrayOutputStream();
        try (org.dhatim.fastexcel.Workbook book = new org.dhatim.fastexcel.Workbook(xlsx, "Baton", "1.0")) {
            org.dhatim.fastexcel.Worksheet sheet = book.newWorksheet("orders_export");
            for (int r = 0; r < lines.size(); r++) {
                for (int col = 0; col < lines.get(r).size(); col++) {
                    String cell = lines.get(r).get(col);
                    if (r > 0 && cell.matches("\\d+")) {
                        sheet.value(r, col, Long.parseLong(cell));
                    } else {
                        sheet.value(r, col, cell);
                    }
                }
            }
        }
        StringBuilder tabs = new StringBuilder("\uFEFF");
        for (CSVRecord line : lines) {
            tabs.append(String.join("\t", line.toList())).append("\r\n");
        }
        for (byte[] file : List.of(xlsx.toByteArray(), tabs.toString().getBytes(StandardCharsets.UTF_16LE))) {
            SalesTally tally = new SalesTally(null);
            SalesReader.Read read = SalesReader.read(file, options(), tally);
            SalesTally.Result result = tally.finish(Map.of());
            assertThat(read.layout()).isEqualTo(SalesLayout.SHOPIFY);
            assertThat(result.orders()).isEqualTo(5);
            assertThat(result.revenue()).isEqualByComparingTo("5479");
            assertThat(result.newCustomers()).isEqualTo(4);
        }
    }

    @Test
    void shopline_utm_tags_point_to_channels() throws IOException {
        SalesTally tally = new SalesTally(null);
        SalesReader.Read read = SalesReader.read(sample("shopline-orders-big5.csv"), options(), tally);
        assertThat(read.attribution()).isTrue();
        assertThat(tally.finish(Map.of()).days())
                .extracting(SalesTally.Day::channel)
                .containsExactly("GOOGLE_ADS", "META_ADS", "LINE");
    }

    static List<Object[]> refusals() {
        String head = "Name,Email,Financial Status,Paid at,Currency,Total\n";
        return List.of(
                new Object[] {"", "report.empty"},
                new Object[] {"a,b,c\n1,2,3\n", "sales.unknownLayout"},
                new Object[] {head, "sales.noRows"},
                new Object[] {
                    head
                            + "#1,a@b.tw,paid,2026-10-01 10:00:00 +0800,TWD,100\n#2,c@d.tw,paid,2026-10-01,TWD,50\n#1,a@b.tw,paid,2026-10-02,TWD,100\n",
                    "sales.duplicateOrder"
                },
                new Object[] {head + "#1,a@b.tw,paid,2026-10-01,TWD,-100\n", "sales.negativeTotal"},
                new Object[] {head + "#1,a@b.tw,paid,2026-12-24,TWD,100\n", "sales.futureDate"},
                new Object[] {head + "#1,a@b.tw,paid,yesterday,TWD,100\n", "sales.badDate"},
                new Object[] {head + "#1,a@b.tw,paid,2026-10-01,USD,100\n", "sales.currencyNotCompany"},
                new Object[] {head + "#1,a@b.tw,paid,2026-10-01,TWD,abc\n", "sales.badAmount"},
                new Object[] {"%PDF-1.7\n\u0000\u0001binary", "report.notSpreadsheet"},
                new Object[] {"日期,通路或門市,訂單數,營業額,新客數\n2026-10-01,台北門市,3,100,5\n", "sales.newAboveOrders"});
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("refusals")
    void a_bad_file_is_refused_with_its_reason(String content, String key) {
        List<SalesReader.Order> seen = new ArrayList<>();
        SalesReader.Sink sink = new SalesReader.Sink() {
            @Override
            public void order(SalesReader.Order order) {
                seen.add(order);
            }

            @Override
            public void daily(SalesReader.DailyTotal total) {}
        };
        assertThatThrownBy(() -> SalesReader.read(content.getBytes(StandardCharsets.UTF_8), options(), sink))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo(key);
    }

    @Test
    void amounts_and_phones_as_shops_write_them() {
        assertThat(SalesReader.amount("NT$1,234", 1)).isEqualByComparingTo("1234");
        assertThat(SalesReader.amount("（１２）", 1)).isEqualByComparingTo(new BigDecimal("-12"));
        assertThat(SalesReader.phone("+886 912-345-678")).isEqualTo("0912345678");
        assertThat(SalesReader.phone("12")).isEmpty();
        assertThat(Attribution.channel("google", "cpc")).isEqualTo("GOOGLE_ADS");
        assertThat(Attribution.channel("google", "organic")).isEqualTo("SEO");
        assertThat(Attribution.channel("ig", "paid")).isEqualTo("META_ADS");
        assertThat(Attribution.channel(null, null)).isEqualTo(Attribution.NONE);
        assertThat(Attribution.channel("partner", "referral")).isEqualTo(Attribution.OTHER);
    }
}
