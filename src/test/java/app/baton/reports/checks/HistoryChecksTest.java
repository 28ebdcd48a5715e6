package app.baton.reports.checks;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.reports.parsing.Field;
import app.baton.reports.parsing.ParsedReport;
import app.baton.reports.parsing.ReportFormat;
import app.baton.reports.parsing.ReportRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The checks that need the engagement: each fires on its case and stays silent otherwise. */
class HistoryChecksTest {

    static final YearMonth NOV = YearMonth.of(2026, 11);

    @Test
    void spend_above_the_cap_is_a_warning_and_above_cap_plus_fee_critical() {
        History history = new History(BigDecimal.valueOf(30_000), BigDecimal.valueOf(200_000), List.of());
        assertThat(new SpendCheck().check(report(cost(190_000)), NOV, history)).isEmpty();
        assertThat(new SpendCheck().check(report(cost(200_000)), NOV, history)).isEmpty();
        assertThat(new SpendCheck().check(report(cost(210_000)), NOV, history))
                .singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThat(new SpendCheck().check(report(cost(240_000)), NOV, history))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.code()).isEqualTo("SPEND_MISMATCH");
                    assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
                });
        History noCap = new History(BigDecimal.ZERO, BigDecimal.ZERO, List.of());
        assertThat(new SpendCheck().check(report(cost(1_000_000)), NOV, noCap)).isEmpty();
    }

    @Test
    void a_metric_over_three_times_its_trailing_median_is_a_spike() {
        History history = new History(
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                List.of(
                        month(NOV.minusMonths(1), Map.of("conversions", 100, "cost", 5_000)),
                        month(NOV.minusMonths(2), Map.of("conversions", 120, "cost", 5_200)),
                        month(NOV.minusMonths(3), Map.of("conversions", 90, "cost", 4_800))));
        List<Flag> flags = new SpikeCheck().check(report(row(Field.CONVERSIONS, 400, Field.COST, 5_100)), NOV, history);
        assertThat(flags).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("METRIC_SPIKE");
            assertThat(f.arguments()).startsWith("metric.conversions");
        });
        assertThat(new SpikeCheck().check(report(row(Field.CONVERSIONS, 290, Field.COST, 5_100)), NOV, history))
                .isEmpty();
        // one month of history is not enough to call anything a spike
        History short1 = new History(
                BigDecimal.ZERO, BigDecimal.ZERO, List.of(month(NOV.minusMonths(1), Map.of("conversions", 10))));
        assertThat(new SpikeCheck().check(report(row(Field.CONVERSIONS, 400, Field.COST, 1)), NOV, short1))
                .isEmpty();
        assertThat(SpikeCheck.median(List.of(BigDecimal.ONE, BigDecimal.valueOf(3))))
                .isEqualByComparingTo("2");
    }

    @Test
    void a_metric_or_campaign_of_last_month_missing_now_is_flagged() {
        History history = new History(
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                List.of(new History.Month(
                        NOV.minusMonths(1),
                        Map.of("cost", BigDecimal.TEN, "conversions", BigDecimal.ONE),
                        Set.of("Brand", "Retargeting"),
                        Set.of())));
        ParsedReport onlyCost =
                report(new ReportRow(1, NOV.atDay(1), null, null, "G", "Brand", Map.of(Field.COST, BigDecimal.TEN)));
        assertThat(new MissingCheck().check(onlyCost, NOV, history))
                .extracting(Flag::arguments)
                .containsExactlyInAnyOrder(
                        List.of("metric.conversions", ""), List.of("metric.campaigns", ": Retargeting"));
        ParsedReport complete = new ParsedReport(
                ReportFormat.BATON_TEMPLATE,
                List.of(),
                List.of(
                        new ReportRow(
                                1,
                                NOV.atDay(1),
                                null,
                                null,
                                "G",
                                "Brand",
                                Map.of(Field.COST, BigDecimal.TEN, Field.CONVERSIONS, BigDecimal.ONE)),
                        new ReportRow(
                                2, NOV.atDay(1), null, null, "M", "Retargeting", Map.of(Field.COST, BigDecimal.ONE))),
                null,
                null,
                null,
                null);
        assertThat(new MissingCheck().check(complete, NOV, history)).isEmpty();
        // without last month accepted there is nothing to compare with
        History older = new History(
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                List.of(new History.Month(
                        NOV.minusMonths(2), Map.of("conversions", BigDecimal.ONE), Set.of("Gone"), Set.of())));
        assertThat(new MissingCheck().check(onlyCost, NOV, older)).isEmpty();
    }

    @Test
    void a_changed_conversion_definition_or_attribution_is_flagged() {
        History history = new History(
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                List.of(new History.Month(
                        NOV.minusMonths(1),
                        Map.of(),
                        Set.of(),
                        Set.of("conversion: purchase", "attribution: 7-day click"))));
        ParsedReport same = withDefinitions(Set.of("conversion: purchase", "attribution: 7-day click"));
        ParsedReport changed = withDefinitions(Set.of("conversion: page_view", "attribution: 28-day view"));
        assertThat(new DefinitionCheck().check(same, NOV, history)).isEmpty();
        assertThat(new DefinitionCheck().check(changed, NOV, history))
                .singleElement()
                .satisfies(f -> assertThat(f.code()).isEqualTo("DEFINITION_CHANGED"));
        assertThat(new DefinitionCheck().check(withDefinitions(Set.of()), NOV, history))
                .isEmpty();
    }

    @Test
    void one_attribution_setting_written_in_english_and_in_chinese_is_the_same_setting() {
        History english = new History(
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                List.of(new History.Month(
                        NOV.minusMonths(1),
                        Map.of(),
                        Set.of(),
                        Set.of(
                                "conversion: actions:offsite_conversion.fb_pixel_purchase",
                                "attribution: 7-day click or 1-day view"))));
        ParsedReport chinese = withDefinitions(
                Set.of("conversion: actions:offsite_conversion.fb_pixel_purchase", "attribution: 點擊後 7 天或瀏覽後 1 天"));
        assertThat(new DefinitionCheck().check(chinese, NOV, english)).isEmpty();
        // a real change in either language is flagged, naming both settings as the files wrote them
        ParsedReport shorter = withDefinitions(
                Set.of("conversion: actions:offsite_conversion.fb_pixel_purchase", "attribution: 點擊後 1 天"));
        assertThat(new DefinitionCheck().check(shorter, NOV, english))
                .singleElement()
                .satisfies(f -> assertThat(f.arguments())
                        .containsExactly(
                                "attribution: 7-day click or 1-day view; "
                                        + "conversion: actions:offsite_conversion.fb_pixel_purchase",
                                "attribution: 點擊後 1 天; conversion: actions:offsite_conversion.fb_pixel_purchase"));
        assertThat(DefinitionCheck.canonical("attribution: 7-day click, 1-day view or 1-day engaged-view"))
                .isEqualTo("attribution: click=7d engaged-view=1d view=1d");
        assertThat(DefinitionCheck.canonical("attribution: 點擊後 7 天、互動觀看後 1 天或瀏覽後 1 天"))
                .isEqualTo("attribution: click=7d engaged-view=1d view=1d");
        assertThat(DefinitionCheck.canonical("attribution: Data-driven")).isEqualTo("attribution: data-driven");
    }

    @Test
    void every_clean_sample_export_passes_the_history_checks_against_itself() throws Exception {
        for (String name :
                List.of("baton-template-en-clean.csv", "meta-ads-en-daily.csv", "google-ads-en-campaigns.csv")) {
            ParsedReport report;
            try (var in = HistoryChecksTest.class.getResourceAsStream("/fixtures/reports/" + name)) {
                report = app.baton.reports.parsing.ReportParser.parse(
                        in.readAllBytes(), app.baton.reports.parsing.ReportParser.Limits.defaults());
            }
            History.Month same = new History.Month(
                    NOV.minusMonths(1), Metrics.sums(report), Metrics.campaigns(report), report.definitions());
            History.Month before = new History.Month(
                    NOV.minusMonths(2), Metrics.sums(report), Metrics.campaigns(report), report.definitions());
            History history = new History(BigDecimal.ZERO, BigDecimal.valueOf(100_000_000), List.of(same, before));
            assertThat(ReportChecks.run(report, NOV, history)).as(name).noneMatch(f -> f.severity() != Severity.INFO);
        }
    }

    private static ParsedReport withDefinitions(Set<String> definitions) {
        return new ParsedReport(
                ReportFormat.META_ADS,
                List.of(),
                List.of(new ReportRow(
                        1, null, NOV.atDay(1), NOV.atEndOfMonth(), null, "C", Map.of(Field.COST, BigDecimal.ONE))),
                null,
                null,
                null,
                null,
                definitions);
    }

    private static History.Month month(YearMonth month, Map<String, Integer> sums) {
        Map<String, BigDecimal> values = new java.util.HashMap<>();
        sums.forEach((k, v) -> values.put(k, BigDecimal.valueOf(v)));
        return new History.Month(month, values, Set.of(), Set.of());
    }

    private static ReportRow cost(long amount) {
        return row(Field.COST, amount, Field.CLICKS, 100);
    }

    private static ReportRow row(Field a, long va, Field b, long vb) {
        return new ReportRow(
                1,
                LocalDate.of(2026, 11, 2),
                null,
                null,
                "G",
                "Brand",
                Map.of(a, BigDecimal.valueOf(va), b, BigDecimal.valueOf(vb)));
    }

    private static ParsedReport report(ReportRow... rows) {
        return new ParsedReport(ReportFormat.BATON_TEMPLATE, List.of(), List.of(rows), null, null, null, null);
    }
}
