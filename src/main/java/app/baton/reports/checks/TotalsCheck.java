package app.baton.reports.checks;

import app.baton.reports.parsing.Field;
import app.baton.reports.parsing.ParsedReport;
import app.baton.reports.parsing.ReportRow;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** TOTALS_MISMATCH: a stated totals row disagrees with the sum of the data rows beyond rounding. */
final class TotalsCheck implements ReportCheck {

    private static final BigDecimal TOLERANCE = new BigDecimal("0.005");

    @Override
    public List<Flag> check(ParsedReport report, YearMonth month) {
        ReportRow stated = report.statedTotals();
        if (stated == null) {
            return List.of();
        }
        Map<Field, BigDecimal> sums = report.totals();
        for (Map.Entry<Field, BigDecimal> entry : stated.figures().entrySet()) {
            Field field = entry.getKey();
            BigDecimal sum = sums.get(field);
            if (sum == null || field.name().startsWith("STATED_") || field == Field.REACH) {
                continue;
            }
            BigDecimal difference = entry.getValue().subtract(sum).abs();
            BigDecimal allowed = sum.abs().multiply(TOLERANCE).max(BigDecimal.ONE);
            if (difference.compareTo(allowed) > 0) {
                return List.of(new Flag(
                        "TOTALS_MISMATCH",
                        Severity.WARNING,
                        List.of(),
                        List.of(field.name(), entry.getValue().toPlainString(), sum.toPlainString())));
            }
        }
        return List.of();
    }
}
