package app.baton.reports.checks;

import app.baton.reports.parsing.ParsedReport;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * METRIC_MISSING: a metric or a campaign the previous (accepted) month reported is absent this month, which is how
 * only the good news gets reported. Silent without an accepted previous month.
 */
public final class MissingCheck implements HistoryCheck {

    @Override
    public List<Flag> check(ParsedReport report, YearMonth month, History history) {
        History.Month previous = history.previous(month);
        if (previous == null) {
            return List.of();
        }
        List<Flag> flags = new ArrayList<>();
        Map<String, ?> now = Metrics.sums(report);
        for (String metric : new TreeSet<>(previous.sums().keySet())) {
            if (!now.containsKey(metric)) {
                flags.add(new Flag("METRIC_MISSING", Severity.WARNING, List.of(), List.of("metric." + metric, "")));
            }
        }
        Set<String> campaigns = Metrics.campaigns(report);
        List<String> gone = previous.campaigns().stream()
                .filter(c -> !campaigns.contains(c))
                .sorted()
                .toList();
        if (!gone.isEmpty()) {
            flags.add(new Flag(
                    "METRIC_MISSING",
                    Severity.WARNING,
                    List.of(),
                    List.of("metric.campaigns", ": " + String.join(", ", gone))));
        }
        return flags;
    }
}
