package app.baton.reports.checks;

import app.baton.reports.parsing.Field;
import app.baton.reports.parsing.ParsedReport;
import app.baton.reports.parsing.ReportFormat;
import app.baton.reports.parsing.ReportRow;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Checks of one row at a time: impossible or negative figures. */
final class RowChecks {

    private RowChecks() {}

    /** Clicks greater than impressions on a row: impossible. */
    static final class ClicksExceedImpressions implements ReportCheck {
        @Override
        public List<Flag> check(ParsedReport report, YearMonth month) {
            return flag(
                    report,
                    "CLICKS_EXCEED_IMPRESSIONS",
                    Severity.CRITICAL,
                    r -> r.compare(Field.CLICKS, Field.IMPRESSIONS) > 0);
        }
    }

    /** Click-based conversions greater than clicks on a row (Google Ads and our template count them per click). */
    static final class ConversionsExceedClicks implements ReportCheck {
        @Override
        public List<Flag> check(ParsedReport report, YearMonth month) {
            if (report.format() != ReportFormat.BATON_TEMPLATE && report.format() != ReportFormat.GOOGLE_ADS) {
                return List.of();
            }
            return flag(
                    report,
                    "CONVERSIONS_EXCEED_CLICKS",
                    Severity.WARNING,
                    r -> r.compare(Field.CONVERSIONS, Field.CLICKS) > 0);
        }
    }

    /** A negative count or amount. */
    static final class NegativeValue implements ReportCheck {
        @Override
        public List<Flag> check(ParsedReport report, YearMonth month) {
            return flag(report, "NEGATIVE_VALUE", Severity.CRITICAL, ReportRow::anyNegative);
        }
    }

    private static List<Flag> flag(ParsedReport report, String code, Severity severity, Predicate<ReportRow> bad) {
        List<Integer> rows = new ArrayList<>();
        for (ReportRow row : report.rows()) {
            if (bad.test(row)) {
                rows.add(row.number());
            }
        }
        return rows.isEmpty() ? List.of() : List.of(new Flag(code, severity, rows, List.of(rows.size())));
    }
}
