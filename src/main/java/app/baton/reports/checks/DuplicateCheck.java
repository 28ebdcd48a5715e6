package app.baton.reports.checks;

import app.baton.reports.parsing.ParsedReport;
import app.baton.reports.parsing.ReportRow;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** DUPLICATE_ROW: the same date (or period), channel and campaign twice. */
final class DuplicateCheck implements ReportCheck {

    @Override
    public List<Flag> check(ParsedReport report, YearMonth month) {
        Map<String, Integer> seen = new HashMap<>();
        List<Integer> rows = new ArrayList<>();
        for (ReportRow row : report.rows()) {
            String key = Objects.toString(row.date()) + "|" + row.periodStart() + "|" + row.periodEnd() + "|"
                    + row.channel() + "|" + row.campaign();
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
