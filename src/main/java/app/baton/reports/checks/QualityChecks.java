package app.baton.reports.checks;

import app.baton.reports.parsing.Field;
import app.baton.reports.parsing.ParsedReport;
import app.baton.reports.parsing.ReportRow;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Signs of low-quality or made-up numbers: TRAFFIC_QUALITY and BENFORD_DEVIATION. */
final class QualityChecks {

    private QualityChecks() {}

    /**
     * Very high CTR (above 20 %) with almost no conversions on the same row; or a campaign's figures identical on
     * three or more rows; or nearly all costs suspiciously round (multiples of 1,000, with ten or more rows).
     */
    static final class TrafficQuality implements ReportCheck {

        @Override
        public List<Flag> check(ParsedReport report, YearMonth month) {
            List<Flag> flags = new ArrayList<>();
            List<Integer> clicky = new ArrayList<>();
            List<Integer> repeated = new ArrayList<>();
            long costs = 0;
            long round = 0;
            List<ReportRow> rows = report.rows();
            // one pass over the rows for the three signs (a 100,000-row file is read once, not three times)
            for (int i = 0; i < rows.size(); i++) {
                ReportRow row = rows.get(i);
                // CTR above 20 %, i.e. clicks × 5 > impressions, without dividing on every row
                if (row.has(Field.CLICKS)
                        && row.signum(Field.IMPRESSIONS) > 0
                        && row.has(Field.CONVERSIONS)
                        && row.value(Field.CONVERSIONS) <= 1
                        && row.value(Field.CLICKS) * 5 > row.value(Field.IMPRESSIONS)) {
                    clicky.add(row.number());
                }
                if (i >= 2) {
                    ReportRow a = rows.get(i - 2);
                    ReportRow b = rows.get(i - 1);
                    if (a.figureCount() > 0
                            && java.util.Objects.equals(a.campaign(), row.campaign())
                            && a.sameFigures(b)
                            && b.sameFigures(row)) {
                        repeated.add(row.number());
                    }
                }
                if (row.has(Field.COST)) {
                    costs++;
                    double c = row.value(Field.COST);
                    if (c != 0 && c % 1000 == 0) {
                        round++;
                    }
                }
            }
            if (!clicky.isEmpty()) {
                flags.add(new Flag("TRAFFIC_QUALITY", Severity.WARNING, clicky, List.of("ctr")));
            }
            if (!repeated.isEmpty()) {
                flags.add(new Flag("TRAFFIC_QUALITY", Severity.WARNING, repeated, List.of("identical")));
            }
            if (costs >= 10 && round * 10 >= costs * 8) {
                flags.add(new Flag("TRAFFIC_QUALITY", Severity.INFO, List.of(), List.of("round")));
            }
            return flags;
        }
    }

    /**
     * With 300 or more non-zero figures (impressions, clicks, cost, conversion value), their first digits deviate
     * from Benford's law by a mean absolute deviation above 0.015.
     */
    static final class Benford implements ReportCheck {
        private static final BigDecimal LIMIT = new BigDecimal("0.015");
        private static final List<Field> FIGURES =
                List.of(Field.IMPRESSIONS, Field.CLICKS, Field.COST, Field.CONVERSION_VALUE);

        @Override
        public List<Flag> check(ParsedReport report, YearMonth month) {
            int[] counts = new int[10];
            int n = 0;
            for (ReportRow row : report.rows()) {
                for (Field field : FIGURES) {
                    if (row.signum(field) > 0) {
                        counts[row.firstDigit(field)]++;
                        n++;
                    }
                }
            }
            if (n < 300) {
                return List.of();
            }
            double mad = 0;
            for (int d = 1; d <= 9; d++) {
                double expected = Math.log10(1 + 1.0 / d);
                mad += Math.abs((double) counts[d] / n - expected);
            }
            mad /= 9;
            BigDecimal deviation = BigDecimal.valueOf(mad).setScale(4, java.math.RoundingMode.HALF_UP);
            if (deviation.compareTo(LIMIT) > 0) {
                return List.of(
                        new Flag("BENFORD_DEVIATION", Severity.INFO, List.of(), List.of(deviation.toPlainString(), n)));
            }
            return List.of();
        }
    }
}
