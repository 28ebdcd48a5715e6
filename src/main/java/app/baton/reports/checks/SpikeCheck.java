package app.baton.reports.checks;

import app.baton.reports.parsing.ParsedReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * METRIC_SPIKE: a metric more than three times the median of its own last three accepted months (at least two
 * months are needed for the median to mean anything). A question, not a verdict: a launch or a sale explains it.
 */
public final class SpikeCheck implements HistoryCheck {

    static final BigDecimal FACTOR = BigDecimal.valueOf(3);

    @Override
    public List<Flag> check(ParsedReport report, YearMonth month, History history) {
        List<History.Month> trailing = history.trailing(month);
        if (trailing.size() < 2) {
            return List.of();
        }
        List<Flag> flags = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> metric : Metrics.sums(report).entrySet()) {
            List<BigDecimal> earlier = trailing.stream()
                    .map(m -> m.sums().get(metric.getKey()))
                    .filter(java.util.Objects::nonNull)
                    .sorted()
                    .toList();
            if (earlier.size() < 2) {
                continue;
            }
            BigDecimal median = median(earlier);
            if (median.signum() > 0 && metric.getValue().compareTo(median.multiply(FACTOR)) > 0) {
                BigDecimal times = metric.getValue().divide(median, 1, RoundingMode.HALF_UP);
                flags.add(new Flag(
                        "METRIC_SPIKE",
                        Severity.WARNING,
                        List.of(),
                        List.of("metric." + metric.getKey(), metric.getValue(), median, times)));
            }
        }
        return flags;
    }

    static BigDecimal median(List<BigDecimal> sorted) {
        int n = sorted.size();
        return n % 2 == 1
                ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 4, RoundingMode.HALF_UP);
    }
}
