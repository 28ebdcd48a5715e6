package app.baton.reports.checks;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.reports.parsing.Field;
import app.baton.reports.parsing.ParsedReport;
import app.baton.reports.parsing.ReportFormat;
import app.baton.reports.parsing.ReportParser;
import app.baton.reports.parsing.ReportRow;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The expected findings of each sample export (fixtures/reports/README.md), and each check on made-up rows. */
class ReportChecksTest {

    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "baton-template-en-clean.csv",
                "baton-template-en-clean.xlsx",
                "google-ads-en-campaigns.csv",
                "meta-ads-en-daily.csv",
                "meta-ads-zhtw-campaigns.csv",
                "ga4-traffic-acquisition-en.csv",
                "formula-injection.csv"
            })
    void clean_exports_raise_no_warning_or_critical_flag(String file) {
        assertThat(ReportChecks.run(parse(file), NOVEMBER))
                .filteredOn(f -> f.severity() != Severity.INFO)
                .isEmpty();
    }

    @Test
    void our_flagged_template_shows_conversions_above_clicks_and_a_date_outside_the_month() {
        List<Flag> flags = ReportChecks.run(parse("baton-template-zhtw-flagged.csv"), NOVEMBER);
        assertThat(flags).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("CONVERSIONS_EXCEED_CLICKS");
            assertThat(f.rows()).containsExactly(5);
        });
        assertThat(flags).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("DATE_OUTSIDE_PERIOD");
            assertThat(f.rows()).containsExactly(9);
        });
    }

    @Test
    void the_flagged_google_export_shows_a_stated_cpc_that_disagrees_and_a_duplicate_row() {
        List<Flag> flags = ReportChecks.run(parse("google-ads-zhtw-flagged.csv"), NOVEMBER);
        assertThat(flags).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("DERIVED_MISMATCH");
            assertThat(f.rows()).containsExactly(2);
            assertThat(f.arguments().get(0).toString()).contains("CPC");
        });
        assertThat(flags).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("DUPLICATE_ROW");
            assertThat(f.rows()).containsExactly(5);
        });
    }

    @Test
    void impossible_and_negative_figures() {
        ParsedReport report =
                report(row(1, "2026-11-01", "a", 100, 150, 10, 1), row(2, "2026-11-02", "b", 100, 10, -5, 1));
        List<Flag> flags = ReportChecks.run(report, NOVEMBER);
        assertThat(flags).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("CLICKS_EXCEED_IMPRESSIONS");
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(f.rows()).containsExactly(1);
        });
        assertThat(flags).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("NEGATIVE_VALUE");
            assertThat(f.rows()).containsExactly(2);
        });
    }

    @Test
    void a_totals_row_that_disagrees_with_the_rows() {
        ReportRow totals = new ReportRow(
                0,
                null,
                null,
                null,
                null,
                null,
                Map.of(Field.IMPRESSIONS, new BigDecimal("999"), Field.CLICKS, new BigDecimal("20")));
        ParsedReport report = new ParsedReport(
                ReportFormat.GOOGLE_ADS,
                List.of(),
                List.of(row(1, "2026-11-01", "a", 100, 10, 5, 1), row(2, "2026-11-02", "b", 100, 10, 5, 1)),
                totals,
                null,
                null,
                null);
        assertThat(ReportChecks.run(report, NOVEMBER)).extracting(Flag::code).contains("TOTALS_MISMATCH");
    }

    @Test
    void very_high_ctr_without_conversions_identical_days_and_round_costs_look_like_poor_traffic() {
        List<ReportRow> rows = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            rows.add(row(i, "2026-11-%02d".formatted(i), "same", 1000, 300, 5000, 0));
        }
        List<Flag> flags = ReportChecks.run(report(rows.toArray(ReportRow[]::new)), NOVEMBER);
        assertThat(flags)
                .filteredOn(f -> f.code().equals("TRAFFIC_QUALITY"))
                .extracting(f -> f.arguments().get(0))
                .contains("ctr", "identical", "round");
    }

    @Test
    void made_up_first_digits_deviate_from_benford_and_natural_ones_do_not() {
        List<ReportRow> uniform = new ArrayList<>();
        List<ReportRow> natural = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 1; i <= 120; i++) {
            // every first digit equally often: what people typing numbers tend to produce
            int digit = 1 + (i % 9);
            uniform.add(row(i, "2026-11-01", "c" + i, digit * 1000 + 17, digit * 10 + 3, digit * 100 + 7, 0));
            // log-uniform figures follow Benford's law
            long a = (long) Math.pow(10, 2 + random.nextDouble() * 4);
            long b = (long) Math.pow(10, 1 + random.nextDouble() * 3);
            long c = (long) Math.pow(10, 2 + random.nextDouble() * 4);
            natural.add(row(i, "2026-11-01", "c" + i, Math.max(a, b), b, c, 0));
        }
        assertThat(ReportChecks.run(report(uniform.toArray(ReportRow[]::new)), NOVEMBER))
                .extracting(Flag::code)
                .contains("BENFORD_DEVIATION");
        assertThat(ReportChecks.run(report(natural.toArray(ReportRow[]::new)), NOVEMBER))
                .extracting(Flag::code)
                .doesNotContain("BENFORD_DEVIATION");
    }

    private static ReportRow row(
            int number, String date, String campaign, long impressions, long clicks, long cost, long conversions) {
        Map<Field, BigDecimal> figures = new HashMap<>();
        figures.put(Field.IMPRESSIONS, BigDecimal.valueOf(impressions));
        figures.put(Field.CLICKS, BigDecimal.valueOf(clicks));
        figures.put(Field.COST, BigDecimal.valueOf(cost));
        figures.put(Field.CONVERSIONS, BigDecimal.valueOf(conversions));
        return new ReportRow(number, LocalDate.parse(date), null, null, "GOOGLE_ADS", campaign, figures);
    }

    private static ParsedReport report(ReportRow... rows) {
        return new ParsedReport(ReportFormat.BATON_TEMPLATE, List.of(), List.of(rows), null, null, null, null);
    }

    private static ParsedReport parse(String name) {
        try (InputStream in = ReportChecksTest.class.getResourceAsStream("/fixtures/reports/" + name)) {
            return ReportParser.parse(in.readAllBytes(), ReportParser.Limits.defaults());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
