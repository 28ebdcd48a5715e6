package app.baton.reports.checks;

import app.baton.reports.parsing.ParsedReport;
import app.baton.reports.parsing.ReportRow;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** DATE_OUTSIDE_PERIOD: a row's date, or the file's stated date range, falls outside the reported month. */
final class PeriodCheck implements ReportCheck {

    @Override
    public List<Flag> check(ParsedReport report, YearMonth month) {
        List<Flag> flags = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (ReportRow row : report.rows()) {
            if (outside(row.date(), month) || outside(row.periodStart(), month) || outside(row.periodEnd(), month)) {
                rows.add(row.number());
            }
        }
        if (!rows.isEmpty()) {
            flags.add(new Flag("DATE_OUTSIDE_PERIOD", Severity.WARNING, rows, List.of(month.toString())));
        }
        if (outside(report.statedStart(), month) || outside(report.statedEnd(), month)) {
            flags.add(new Flag("DATE_OUTSIDE_PERIOD", Severity.WARNING, List.of(), List.of(month.toString())));
        }
        return flags;
    }

    private static boolean outside(@Nullable LocalDate date, YearMonth month) {
        return date != null && !YearMonth.from(date).equals(month);
    }
}
