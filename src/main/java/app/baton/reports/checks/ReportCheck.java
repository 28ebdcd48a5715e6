package app.baton.reports.checks;

import app.baton.reports.parsing.ParsedReport;
import java.time.YearMonth;
import java.util.List;

/** A check that reads one report for the month it reports on. */
public interface ReportCheck {

    List<Flag> check(ParsedReport report, YearMonth month);
}
