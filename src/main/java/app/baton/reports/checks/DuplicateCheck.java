package app.baton.reports.checks;

import app.baton.reports.parsing.ParsedReport;
import app.baton.reports.parsing.ReportRow;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * DUPLICATE_ROW: the same day (or period), channel, campaign and breakdown (ad set, ad, device, network, age…) twice.
 * Two ad sets of one campaign on one day are two rows, not a duplicate.
 */
final class DuplicateCheck implements ReportCheck {

    private record Key(
            java.time.@Nullable LocalDate date,
            java.time.@Nullable LocalDate start,
            java.time.@Nullable LocalDate end,
            @Nullable String channel,
            @Nullable String campaign,
            @Nullable String breakdown) {}

    @Override
    public List<Flag> check(ParsedReport report, YearMonth month) {
        // sized for every row at once: no rehashing of 100,000 keys as the map grows
        Map<Key, Integer> seen = HashMap.newHashMap(report.rows().size());
        List<Integer> rows = new ArrayList<>();
        for (ReportRow row : report.rows()) {
            Key key = new Key(
                    row.date(), row.periodStart(), row.periodEnd(), row.channel(), row.campaign(), row.breakdown());
            Integer first = seen.putIfAbsent(key, row.number());
            if (first != null) {
                rows.add(row.number());
            }
        }
        return rows.isEmpty()
                ? List.of()
                : List.of(new Flag("DUPLICATE_ROW", Severity.WARNING, rows, List.of(rows.size())));
    }
}
