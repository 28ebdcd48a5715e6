package app.baton.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.baton.reports.checks.Flag;
import app.baton.reports.checks.Severity;
import app.baton.reports.parsing.ColumnMapping;
import app.baton.reports.parsing.Field;
import app.baton.reports.parsing.ParsedReport;
import app.baton.reports.parsing.ReportFormat;
import app.baton.reports.parsing.ReportParser;
import app.baton.shared.DomainException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Due days and LATE, flag messages and argument storage, KPI attainment, a vendor's saved layout. */
class ReportUnitsTest {

    static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    @Test
    void a_report_is_due_on_the_due_day_of_the_next_month_and_late_after_it_in_the_company_time_zone() {
        YearMonth october = YearMonth.of(2026, 10);
        assertThat(ReportCalendar.due(october, 10)).isEqualTo(LocalDate.of(2026, 11, 10));
        assertThat(ReportCalendar.due(YearMonth.of(2026, 1), 31)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(ReportCalendar.late(october, 10, null, LocalDate.of(2026, 11, 10), TAIPEI))
                .isFalse();
        assertThat(ReportCalendar.late(october, 10, null, LocalDate.of(2026, 11, 11), TAIPEI))
                .isTrue();
        // 23:30 on the 10th in Taipei is 15:30 UTC: on time, though a UTC reading would call 16:30 UTC the 11th
        Instant lastMinute = Instant.parse("2026-11-10T15:30:00Z");
        assertThat(ReportCalendar.late(october, 10, lastMinute, LocalDate.of(2026, 11, 20), TAIPEI))
                .isFalse();
        Instant justAfter = Instant.parse("2026-11-10T16:30:00Z");
        assertThat(ReportCalendar.late(october, 10, justAfter, LocalDate.of(2026, 11, 20), TAIPEI))
                .isTrue();
        assertThat(ReportCalendar.late(october, 10, justAfter, LocalDate.of(2026, 11, 20), ZoneId.of("UTC")))
                .isFalse();
        assertThat(ReportCalendar.months(
                        LocalDate.of(2026, 9, 15), LocalDate.of(2027, 8, 31), LocalDate.of(2026, 11, 23)))
                .containsExactly(YearMonth.of(2026, 9), october, YearMonth.of(2026, 11));
    }

    @Test
    void flag_arguments_keep_their_types_and_messages_translate_metric_names_and_rows() {
        List<Object> arguments = List.of(new BigDecimal("1234.50"), "metric.cost", 7);
        List<Object> back = FlagText.decodeArguments(FlagText.encodeArguments(arguments));
        assertThat(back.get(0)).isEqualTo(new BigDecimal("1234.50"));
        assertThat(back.get(1)).isEqualTo("metric.cost");
        assertThat(back.get(2)).isEqualTo(new BigDecimal("7"));
        assertThat(FlagText.decodeRows(FlagText.encodeRows(List.of(1, 5, 9)))).containsExactly(1, 5, 9);
        Flag flag = new Flag("METRIC_MISSING", Severity.WARNING, List.of(2, 3), List.of("metric.cost", ""));
        String text = FlagText.message(
                flag, (key, args) -> key.equals("metric.cost") ? "Cost" : key + java.util.Arrays.toString(args));
        assertThat(text).isEqualTo("flag.METRIC_MISSING[Cost, ] flag.rows[2, 3]");
    }

    @Test
    void attainment_reads_lower_is_better_kpis_the_other_way_round() {
        EngagementKpi.Sums sums = new EngagementKpi.Sums(
                BigDecimal.valueOf(10_000),
                BigDecimal.valueOf(200),
                BigDecimal.valueOf(6_000),
                BigDecimal.valueOf(10),
                BigDecimal.valueOf(24_000),
                BigDecimal.ZERO);
        assertThat(EngagementKpi.ROAS.of(sums)).isEqualByComparingTo("4");
        assertThat(EngagementKpi.ROAS.attainment(EngagementKpi.ROAS.of(sums), BigDecimal.valueOf(3)))
                .isEqualByComparingTo("1.3333");
        assertThat(EngagementKpi.CPA.of(sums)).isEqualByComparingTo("600");
        assertThat(EngagementKpi.CPA.attainment(EngagementKpi.CPA.of(sums), BigDecimal.valueOf(500)))
                .isEqualByComparingTo("0.8333");
        assertThat(EngagementKpi.CAC.of(sums)).isNull();
        assertThat(EngagementKpi.CAC.attainment(null, BigDecimal.ONE)).isNull();
    }

    @Test
    void a_vendor_layout_is_read_through_its_saved_mapping_and_an_incomplete_one_is_refused() {
        String csv = "Week,Ad group,Views,Taps,Spend (TWD),Sales\n2026-11-02,Winter,1000,40,\"1,200\",3\n";
        byte[] content = csv.getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ReportParser.parse(content, ReportParser.Limits.defaults()))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("report.unrecognised");
        Map<String, Field> columns = new LinkedHashMap<>();
        columns.put("Week", Field.DATE);
        columns.put("AD GROUP", Field.CAMPAIGN);
        columns.put("Views", Field.IMPRESSIONS);
        columns.put("Taps", Field.CLICKS);
        columns.put("Spend", Field.COST);
        columns.put("Sales", Field.CONVERSIONS);
        ParsedReport report = ReportParser.parse(content, ReportParser.Limits.defaults(), new ColumnMapping(columns));
        assertThat(report.format()).isEqualTo(ReportFormat.VENDOR_MAPPING);
        assertThat(report.currency()).isEqualTo("TWD");
        assertThat(report.rows().get(0).figure(Field.COST)).isEqualByComparingTo("1200");
        assertThat(report.rows().get(0).campaign()).isEqualTo("Winter");
        assertThatThrownBy(() -> new ColumnMapping(Map.of("Views", Field.IMPRESSIONS)))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("mapping.incomplete");
        assertThatThrownBy(() -> new ColumnMapping(
                        Map.of("a", Field.CAMPAIGN, "b", Field.COST, "c", Field.CLICKS, "d", Field.COST)))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("mapping.duplicateField");
    }

    @Test
    void a_utf8_file_with_one_bad_byte_is_refused_wherever_the_byte_is() {
        StringBuilder text = new StringBuilder("date,channel,campaign,impressions,clicks,cost\n");
        while (text.length() < 40_000) {
            text.append("2026-11-02,GOOGLE_ADS,Brand 品牌,1000,20,300\n");
        }
        byte[] late = (text + "2026-11-03,GOOGLE_ADS,").getBytes(StandardCharsets.UTF_8);
        byte[] broken = java.util.Arrays.copyOf(late, late.length + 12);
        byte[] tail = "X,1000,20,300\n".getBytes(StandardCharsets.UTF_8);
        broken[late.length] = (byte) 0xB1; // a Big5 lead byte: not UTF-8
        System.arraycopy(tail, 0, broken, late.length + 1, 11);
        assertThatThrownBy(() -> ReportParser.parse(broken, ReportParser.Limits.defaults()))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("report.notUtf8");
        // a multi-byte character cut by the 16 KB sample is not an error
        assertThat(ReportParser.parse(
                                late.length > 0 ? (text.toString()).getBytes(StandardCharsets.UTF_8) : late,
                                ReportParser.Limits.defaults())
                        .rows())
                .isNotEmpty();
    }

    @Test
    void kpis_per_channel_add_up_to_the_whole_report() throws Exception {
        try (var in = ReportUnitsTest.class.getResourceAsStream("/fixtures/reports/baton-template-en-clean.csv")) {
            ParsedReport report = ReportParser.parse(in.readAllBytes(), ReportParser.Limits.defaults());
            List<ChannelKpis.Row> rows = ChannelKpis.of(report.rows(), report.format());
            assertThat(rows).extracting(ChannelKpis.Row::channel).containsExactly("GOOGLE_ADS", "META_ADS", "LINE");
            BigDecimal cost = rows.stream().map(r -> r.sums().cost()).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(cost).isEqualByComparingTo(report.totals().get(Field.COST));
            ChannelKpis.Row google = rows.get(0);
            assertThat(google.kpis().get(EngagementKpi.CPC))
                    .isEqualByComparingTo(app.baton.shared.Kpis.cpc(
                            google.sums().cost(), google.sums().clicks()));
        }
        try (var in = ReportUnitsTest.class.getResourceAsStream("/fixtures/reports/meta-ads-en-daily.csv")) {
            ParsedReport meta = ReportParser.parse(in.readAllBytes(), ReportParser.Limits.defaults());
            assertThat(ChannelKpis.of(meta.rows(), meta.format()))
                    .extracting(ChannelKpis.Row::channel)
                    .containsExactly("META_ADS");
        }
    }

    @Test
    void a_channel_named_inside_a_flags_argument_is_said_in_the_readers_words() {
        Flag overlap = new Flag(
                "OVERLAPPING_CLAIMS",
                app.baton.reports.checks.Severity.WARNING,
                List.of(),
                List.of(
                        new BigDecimal("3885"),
                        new BigDecimal("1992"),
                        new BigDecimal("1.95"),
                        "亮點廣告 · channel.GOOGLE_ADS 1594；亮點廣告 · channel.META_ADS 2291",
                        "2026-10"));
        String text = FlagText.message(overlap, (key, args) -> switch (key) {
            case "channel.GOOGLE_ADS" -> "Google 關鍵字廣告";
            case "channel.META_ADS" -> "Meta 廣告";
            default -> key + " " + java.util.Arrays.toString(args);
        });
        assertThat(text)
                .contains("亮點廣告 · Google 關鍵字廣告 1594；亮點廣告 · Meta 廣告 2291")
                .doesNotContain("channel.");
    }

    @Test
    void ga4_rows_convert_from_sessions_and_only_the_engagements_channels_take_them() throws Exception {
        try (var in = ReportUnitsTest.class.getResourceAsStream("/fixtures/reports/ga4-traffic-acquisition-en.csv")) {
            ParsedReport ga4 = ReportParser.parse(in.readAllBytes(), ReportParser.Limits.defaults());
            List<ChannelKpis.Row> rows = ChannelKpis.of(ga4);
            ChannelKpis.Row paidSearch = rows.stream()
                    .filter(r -> r.channel().equals("Paid Search"))
                    .findFirst()
                    .orElseThrow();
            // key events over sessions (86 / 9,553), never over some ads' clicks
            assertThat(paidSearch.sums().clicks()).isEqualByComparingTo("9553");
            assertThat(paidSearch.kpis().get(EngagementKpi.CR))
                    .isEqualByComparingTo(app.baton.shared.Kpis.cr(new BigDecimal("86"), new BigDecimal("9553")));
            var google = new app.baton.budgets.ChannelService.ChannelView(
                    7, "GOOGLE_ADS", null, false, app.baton.budgets.ChannelKind.SEARCH_ADS);
            var meta = new app.baton.budgets.ChannelService.ChannelView(
                    9, "META_ADS", null, false, app.baton.budgets.ChannelKind.SOCIAL_ADS);
            var placed = ChannelKpis.byScope(rows, List.of(meta, google), ga4.format());
            // Paid Search to Google Ads, Paid Social to Meta Ads; Organic Search and the rest belong to neither
            assertThat(placed).containsOnlyKeys(7L, 9L);
            assertThat(placed.get(7L).conversions())
                    .isEqualByComparingTo(paidSearch.sums().conversions());
            BigDecimal scoped = placed.values().stream()
                    .map(EngagementKpi.Sums::conversions)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(scoped).isLessThan(ga4.totals().get(Field.CONVERSIONS));
        }
    }

    @Test
    void meta_exports_state_their_conversion_definition_and_attribution() throws Exception {
        try (var in = ReportUnitsTest.class.getResourceAsStream("/fixtures/reports/meta-ads-en-daily.csv")) {
            ParsedReport report = ReportParser.parse(in.readAllBytes(), ReportParser.Limits.defaults());
            assertThat(report.definitions())
                    .containsExactlyInAnyOrder(
                            "conversion: actions:offsite_conversion.fb_pixel_purchase",
                            "attribution: 7-day click or 1-day view");
        }
    }
}
