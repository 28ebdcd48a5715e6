package app.baton.reports.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.baton.shared.DomainException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sample exports in {@code fixtures/reports} go through the real parser (see its README for each file). */
class ReportParserTest {

    @Test
    void our_template_in_english_as_csv_and_as_xlsx_gives_the_same_rows() throws IOException {
        ParsedReport csv = parse("baton-template-en-clean.csv");
        ParsedReport xlsx = parse("baton-template-en-clean.xlsx");
        assertThat(csv.format()).isEqualTo(ReportFormat.BATON_TEMPLATE);
        assertThat(xlsx.format()).isEqualTo(ReportFormat.BATON_TEMPLATE);
        assertThat(xlsx.rows()).hasSameSizeAs(csv.rows());
        assertThat(csv.rows().get(0).date()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(xlsx.rows().get(0).date()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(csv.rows().get(0).channel()).isEqualTo("GOOGLE_ADS");
        assertThat(csv.rows().get(0).figure(Field.COST)).isEqualByComparingTo("88048.75");
        Map<Field, BigDecimal> a = csv.totals();
        Map<Field, BigDecimal> b = xlsx.totals();
        for (Field field : a.keySet()) {
            assertThat(b.get(field)).as(field.name()).isEqualByComparingTo(a.get(field));
        }
    }

    @Test
    void our_template_with_chinese_headers() throws IOException {
        ParsedReport report = parse("baton-template-zhtw-flagged.csv");
        assertThat(report.format()).isEqualTo(ReportFormat.BATON_TEMPLATE);
        assertThat(report.rows().get(0).campaign()).isEqualTo("冬季禮盒");
        assertThat(report.rows().get(0).figure(Field.NEW_CUSTOMERS)).isEqualByComparingTo("0");
        assertThat(report.rows()).allSatisfy(r -> assertThat(r.number()).isPositive());
    }

    @Test
    void a_currency_is_an_iso_code_or_taiwans_ntd_and_a_metric_in_brackets_is_not_one() {
        byte[] ntd = ("日期,管道,廣告活動,曝光,點擊,費用(NTD),點閱率 (CTR)\n" + "2026-11-01,GOOGLE_ADS,品牌字,1000,20,300,2%\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ParsedReport report = ReportParser.parse(ntd, ReportParser.Limits.defaults());
        assertThat(report.currency()).isEqualTo("TWD");
        assertThat(report.totals().get(Field.COST)).isEqualByComparingTo("300");
        byte[] metricsOnly = ("Campaign,Impr.,Clicks,Cost,Avg. CPC (CPC)\nBrand,1000,20,300,15\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(ReportParser.parse(metricsOnly, ReportParser.Limits.defaults())
                        .currency())
                .isNull();
        byte[] usd = ("Day,Campaign,Currency code,Impr.,Clicks,Cost\n2026-11-01,Brand,usd,1000,20,300\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(ReportParser.parse(usd, ReportParser.Limits.defaults()).currency())
                .isEqualTo("USD");
        byte[] mixed = ("Day,Campaign,Currency code,Impr.,Clicks,Cost\n2026-11-01,Brand,TWD,1000,20,300\n"
                        + "2026-11-02,Brand,USD,1000,20,10\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ReportParser.parse(mixed, ReportParser.Limits.defaults()))
                .extracting(e -> ((app.baton.shared.DomainException) e).messageKey())
                .isEqualTo("report.currencyMixed");
    }

    @Test
    void google_ads_with_preamble_totals_row_dashes_percent_and_separators() throws IOException {
        ParsedReport report = parse("google-ads-en-campaigns.csv");
        assertThat(report.format()).isEqualTo(ReportFormat.GOOGLE_ADS);
        assertThat(report.rows()).hasSize(4);
        assertThat(report.statedTotals()).isNotNull();
        assertThat(report.statedStart()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(report.statedEnd()).isEqualTo(LocalDate.of(2026, 11, 30));
        ReportRow brand = report.rows().get(0);
        assertThat(brand.campaign()).isEqualTo("Brand");
        assertThat(brand.figure(Field.IMPRESSIONS)).isEqualByComparingTo("199517");
        assertThat(brand.figure(Field.STATED_CTR)).isEqualByComparingTo("0.0391");
        assertThat(brand.figure(Field.COST)).isEqualByComparingTo("112416.73");
        assertThat(report.totals().get(Field.IMPRESSIONS))
                .isEqualByComparingTo(report.statedTotals().figure(Field.IMPRESSIONS));
    }

    @Test
    void google_ads_with_chinese_headers_and_a_chinese_date_range() throws IOException {
        ParsedReport report = parse("google-ads-zhtw-flagged.csv");
        assertThat(report.format()).isEqualTo(ReportFormat.GOOGLE_ADS);
        assertThat(report.statedStart()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(report.rows().get(1).figure(Field.STATED_CPC)).isNotNull();
    }

    @Test
    void meta_ads_with_bom_currency_in_a_header_and_daily_rows() throws IOException {
        ParsedReport report = parse("meta-ads-en-daily.csv");
        assertThat(report.format()).isEqualTo(ReportFormat.META_ADS);
        assertThat(report.rows()).hasSize(30);
        assertThat(report.currency()).isEqualTo("TWD");
        assertThat(report.rows().get(0).periodStart()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(report.rows().get(1).figure(Field.COST)).isEqualByComparingTo("1484.79");
        assertThat(report.rows().get(0).figure(Field.CLICKS)).isEqualByComparingTo("160");
    }

    @Test
    void meta_ads_in_chinese_with_the_totals_row_first() throws IOException {
        ParsedReport report = parse("meta-ads-zhtw-campaigns.csv");
        assertThat(report.format()).isEqualTo(ReportFormat.META_ADS);
        assertThat(report.rows()).hasSize(3);
        assertThat(report.statedTotals()).isNotNull();
        assertThat(report.totals().get(Field.COST))
                .isEqualByComparingTo(report.statedTotals().figure(Field.COST));
    }

    @Test
    void ga4_with_a_comment_preamble_and_a_stated_range() throws IOException {
        ParsedReport report = parse("ga4-traffic-acquisition-en.csv");
        assertThat(report.format()).isEqualTo(ReportFormat.GA4);
        assertThat(report.rows()).hasSize(5);
        assertThat(report.statedStart()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(report.statedEnd()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(report.rows().get(0).channel()).isEqualTo("Organic Search");
        assertThat(report.rows().get(0).figure(Field.SESSIONS)).isEqualByComparingTo("3120");
    }

    @Test
    void campaign_names_that_look_like_formulas_are_kept_as_text() throws IOException {
        ParsedReport report = parse("formula-injection.csv");
        assertThat(report.rows())
                .extracting(ReportRow::campaign)
                .anySatisfy(name -> assertThat(name).startsWith("="));
    }

    @Test
    void files_that_are_not_reports_are_refused_with_what_was_found() {
        assertThatThrownBy(() -> parse("not-a-report.csv"))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> {
                    DomainException d = (DomainException) e;
                    assertThat(d.messageKey()).isEqualTo("report.unrecognised");
                    assertThat(d.arguments()[0].toString()).contains("hello");
                });
        assertRefused(load("pdf-renamed.xlsx"), "report.notSpreadsheet");
        assertRefused(new byte[0], "report.empty");
    }

    @Test
    void semicolons_tabs_full_width_digits_and_limits() {
        String semicolons = "date;channel;campaign;impressions;clicks;cost\n2026-11-01;LINE;好友;１，２００;３０;NT$ 1,500\n";
        ParsedReport report =
                ReportParser.parse(semicolons.getBytes(StandardCharsets.UTF_8), ReportParser.Limits.defaults());
        assertThat(report.rows().get(0).figure(Field.IMPRESSIONS)).isEqualByComparingTo("1200");
        assertThat(report.rows().get(0).figure(Field.COST)).isEqualByComparingTo("1500");
        String tabs = "date\tchannel\tcampaign\timpressions\tclicks\tcost\n2026-11-01\tLINE\tx\t10\t1\t--\n";
        ReportRow row = ReportParser.parse(tabs.getBytes(StandardCharsets.UTF_8), ReportParser.Limits.defaults())
                .rows()
                .get(0);
        assertThat(row.figure(Field.COST)).isNull();
        String bad = "date,channel,campaign,impressions,clicks,cost\n2026-11-01,LINE,x,lots,1,2\n";
        assertRefused(bad.getBytes(StandardCharsets.UTF_8), "report.badValue");
        StringBuilder many = new StringBuilder("date,channel,campaign,impressions,clicks,cost\n");
        for (int i = 0; i < 20; i++) {
            many.append("2026-11-01,LINE,x,10,1,2\n");
        }
        assertThatThrownBy(() -> ReportParser.parse(
                        many.toString().getBytes(StandardCharsets.UTF_8),
                        new ReportParser.Limits(1 << 20, 10, 50, 1 << 20)))
                .hasMessage("report.tooManyRows");
        assertThatThrownBy(() -> ReportParser.parse(
                        many.toString().getBytes(StandardCharsets.UTF_8),
                        new ReportParser.Limits(100, 10, 50, 1 << 20)))
                .hasMessage("report.tooLarge");
    }

    @Test
    void a_workbook_that_inflates_beyond_the_limit_is_refused_unread() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 50; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertRefused(bytes.toByteArray(), "report.zipBomb");
    }

    @Test
    void a_row_of_a_million_and_a_half_cells_is_refused_by_structure_before_anything_is_built() throws IOException {
        byte[] wide = workbook(sheet -> {
            sheet.append("<row r=\"1\">");
            for (int i = 0; i < 1_500_000; i++) {
                sheet.append("<c t=\"n\"><v>1</v></c>");
            }
            sheet.append("</row>");
        });
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long started = System.nanoTime();
        assertRefused(wide, "report.tooManyColumns");
        long millis = (System.nanoTime() - started) / 1_000_000;
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        System.out.printf(
                "a %,d-byte workbook with a row of 1,500,000 cells: refused in %d ms, %,d bytes allocated%n",
                wide.length, millis, allocated);
        // the heap stays flat: what the refusal allocates is a small multiple of the file, not the row it describes
        // (building the row, as the reader did before, allocated hundreds of megabytes)
        assertThat(allocated).isLessThan(32L * 1024 * 1024);
    }

    @Test
    void too_many_rows_or_cell_formats_in_a_workbook_are_refused_while_streaming() throws IOException {
        byte[] tall = workbook(sheet -> {
            for (int i = 1; i <= 100_100; i++) {
                sheet.append("<row r=\"")
                        .append(i)
                        .append("\"><c t=\"n\"><v>")
                        .append(i)
                        .append("</v></c></row>");
            }
        });
        assertRefused(tall, "report.tooManyRows");
        byte[] styled = workbook(sheet -> sheet.append("<row r=\"1\"><c t=\"n\"><v>1</v></c></row>"), styles -> {
            styles.append("<cellXfs>");
            for (int i = 0; i < 20_001; i++) {
                styles.append("<xf numFmtId=\"0\"/>");
            }
            styles.append("</cellXfs>");
        });
        assertRefused(styled, "report.workbookTooComplex");
    }

    /** A minimal workbook whose first sheet's {@code <sheetData>} is written by {@code rows}. */
    private static byte[] workbook(java.util.function.Consumer<StringBuilder> rows) throws IOException {
        return workbook(rows, styles -> {});
    }

    private static byte[] workbook(
            java.util.function.Consumer<StringBuilder> rows, java.util.function.Consumer<StringBuilder> styles)
            throws IOException {
        StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
                + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        rows.accept(sheet);
        sheet.append("</sheetData></worksheet>");
        StringBuilder style = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\""
                + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        styles.accept(style);
        style.append("</styleSheet>");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            for (String[] part : new String[][] {
                {"[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>"},
                {"xl/workbook.xml", "<?xml version=\"1.0\"?><workbook/>"},
                {"xl/styles.xml", style.toString()},
                {"xl/worksheets/sheet1.xml", sheet.toString()}
            }) {
                zip.putNextEntry(new java.util.zip.ZipEntry(part[0]));
                zip.write(part[1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void an_xlsx_with_an_external_entity_reads_nothing_from_outside() throws IOException {
        java.nio.file.Path secret = java.nio.file.Files.createTempFile("secret", ".txt");
        java.nio.file.Files.writeString(secret, "TOP-SECRET-42");
        byte[] hostile = withSheet(
                load("baton-template-en-clean.xlsx"),
                sheet -> sheet.replace(
                                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \""
                                        + secret.toUri() + "\">]>")
                        .replace("<t>Brand search</t>", "<t>&xxe;</t>"));
        try {
            ParsedReport report = ReportParser.parse(hostile, ReportParser.Limits.defaults());
            assertThat(report.rows())
                    .noneSatisfy(r -> assertThat(String.valueOf(r.campaign())).contains("TOP-SECRET"));
        } catch (DomainException refused) {
            assertThat(refused.messageKey()).isIn("report.unreadable", "report.unrecognised");
        }
    }

    private static byte[] withSheet(byte[] xlsx, java.util.function.UnaryOperator<String> change) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in =
                        new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(xlsx));
                java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            java.util.zip.ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    bytes = change.apply(new String(bytes, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static ParsedReport parse(String name) throws IOException {
        return ReportParser.parse(load(name), ReportParser.Limits.defaults());
    }

    private static byte[] load(String name) {
        try (InputStream in = ReportParserTest.class.getResourceAsStream("/fixtures/reports/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertRefused(byte[] content, String key) {
        assertThatThrownBy(() -> ReportParser.parse(content, ReportParser.Limits.defaults()))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo(key);
    }
}
