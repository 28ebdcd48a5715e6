package app.baton.reports.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A row keeps its figures as unscaled longs and scales (issue 16): everything it answers must be what the exact
 * {@code BigDecimal}s would answer — the figure itself, its sign, its double, comparisons, equal rows, and sums.
 */
class ReportRowTest {

    private static ReportRow row(Map<Field, BigDecimal> figures) {
        return new ReportRow(1, null, null, null, "GOOGLE_ADS", "c", figures);
    }

    private static final List<String> NUMBERS = List.of(
            "0",
            "-0",
            "1",
            "12.37",
            "0.005",
            "-4.50",
            "999999999999999999",
            "-999999999999999999",
            "123456789012345678901234567890.12", // past a long: kept as it is
            "0.0000000000000000000001", // scale 22: kept as it is
            "1E+3", // negative scale: 1000
            "9007199254740993.5"); // past a double's exact range

    @Test
    void every_figure_comes_back_exactly_with_its_sign_double_and_presence() {
        for (String text : NUMBERS) {
            BigDecimal value = new BigDecimal(text);
            ReportRow r = row(Map.of(Field.COST, value, Field.CLICKS, BigDecimal.TEN));
            assertThat(r.figure(Field.COST)).as(text).isEqualByComparingTo(value);
            assertThat(r.signum(Field.COST)).as(text).isEqualTo(value.signum());
            assertThat(r.value(Field.COST)).as(text).isEqualTo(value.doubleValue());
            assertThat(r.has(Field.COST)).isTrue();
            assertThat(r.has(Field.IMPRESSIONS)).isFalse();
            assertThat(r.figure(Field.IMPRESSIONS)).isNull();
            assertThat(r.value(Field.IMPRESSIONS)).isNaN();
            assertThat(r.anyNegative()).as(text).isEqualTo(value.signum() < 0);
            assertThat(r.figureCount()).isEqualTo(2);
            assertThat(r.figures()).containsOnlyKeys(Field.CLICKS, Field.COST);
        }
    }

    @Test
    void comparisons_and_equal_rows_follow_compareTo_whatever_the_scales() {
        Random random = new Random(16);
        for (int i = 0; i < 5_000; i++) {
            BigDecimal a = pick(random);
            BigDecimal b = pick(random);
            ReportRow r = row(Map.of(Field.CLICKS, a, Field.IMPRESSIONS, b));
            assertThat(Integer.signum(r.compare(Field.CLICKS, Field.IMPRESSIONS)))
                    .as(a + " vs " + b)
                    .isEqualTo(a.compareTo(b));
            ReportRow x = row(Map.of(Field.COST, a));
            ReportRow y = row(Map.of(Field.COST, b));
            assertThat(x.sameFigures(y)).as(a + " vs " + b).isEqualTo(a.compareTo(b) == 0);
        }
        assertThat(row(Map.of(Field.COST, new BigDecimal("1.0")))
                        .sameFigures(row(Map.of(Field.COST, new BigDecimal("1.00")))))
                .isTrue();
        assertThat(row(Map.of(Field.COST, BigDecimal.ONE)).sameFigures(row(Map.of(Field.CLICKS, BigDecimal.ONE))))
                .isFalse();
    }

    @Test
    void sums_equal_adding_the_exact_figures_even_past_a_long() {
        Random random = new Random(7);
        List<ReportRow> rows = new ArrayList<>();
        Map<String, Map<Field, BigDecimal>> expected = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 3_000; i++) {
            Map<Field, BigDecimal> figures = new EnumMap<>(Field.class);
            figures.put(Field.COST, pick(random));
            if (i % 3 == 0) {
                figures.put(Field.IMPRESSIONS, new BigDecimal("900000000000000000")); // past a long after ten of them
            }
            figures.put(Field.STATED_CTR, new BigDecimal("0.05")); // a stated ratio is never summed
            String channel = i % 2 == 0 ? "GOOGLE_ADS" : "META_ADS";
            rows.add(new ReportRow(i + 1, null, null, null, channel, "c", figures));
            figures.forEach((field, value) -> {
                if (field != Field.STATED_CTR) {
                    expected.computeIfAbsent(channel, c -> new EnumMap<>(Field.class))
                            .merge(field, value, BigDecimal::add);
                }
            });
        }
        ParsedReport report = new ParsedReport(
                ReportFormat.BATON_TEMPLATE, List.of(), rows, null, null, null, null, java.util.Set.of(), null, false);
        assertThat(report.totalsByChannel()).isEqualTo(expected);
        assertThat(report.totals().get(Field.IMPRESSIONS))
                .isEqualTo(new BigDecimal("900000000000000000").multiply(BigDecimal.valueOf(1_000)));
    }

    @Test
    void the_first_digit_is_read_from_the_figures_digits_at_any_magnitude() {
        Random random = new Random(16);
        List<BigDecimal> values = new java.util.ArrayList<>();
        NUMBERS.forEach(text -> values.add(new BigDecimal(text)));
        // a double puts these just under a power of ten (0.0003 → 2.999…): the digits do not
        List.of("0.0003", "0.0006", "0.00003", "0.000006", "1000", "999.99", "0.05", "86400000.5")
                .forEach(text -> values.add(new BigDecimal(text)));
        for (int i = 0; i < 2_000; i++) {
            values.add(pick(random));
        }
        for (BigDecimal value : values) {
            int expected = value.signum() == 0
                    ? 0
                    : value.abs()
                            .round(new java.math.MathContext(1, java.math.RoundingMode.DOWN))
                            .unscaledValue()
                            .intValueExact();
            assertThat(row(Map.of(Field.COST, value)).firstDigit(Field.COST))
                    .as(value.toPlainString())
                    .isEqualTo(expected);
        }
        assertThat(row(Map.of(Field.COST, BigDecimal.ONE)).firstDigit(Field.CLICKS))
                .isZero();
    }

    private static BigDecimal pick(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> new BigDecimal(NUMBERS.get(random.nextInt(NUMBERS.size())));
            case 1 -> BigDecimal.valueOf(random.nextInt(2_000) - 1_000, random.nextInt(4));
            case 2 -> BigDecimal.valueOf(random.nextLong() / 1_000, random.nextInt(19));
            default -> BigDecimal.valueOf(random.nextInt(50));
        };
    }
}
