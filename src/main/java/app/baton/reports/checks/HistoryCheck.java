package app.baton.reports.checks;

import app.baton.reports.parsing.ParsedReport;
import java.time.YearMonth;
import java.util.List;

/** A check that compares a report with the engagement's terms and its earlier accepted months. */
public interface HistoryCheck {

    List<Flag> check(ParsedReport report, YearMonth month, History history);
}
