package app.baton.reports.checks;

import app.baton.reports.parsing.Field;
import app.baton.reports.parsing.ParsedReport;
import app.baton.reports.parsing.ReportFormat;
import app.baton.reports.parsing.ReportRow;
import java.math.BigDecimal;
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
                    r -> greater(r.figure(Field.CLICKS), r.figure(Field.IMPRESSIONS)));
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
                    r -> greater(r.figure(Field.CONVERSIONS), r.figure(Field.CLICKS)));
        }
    }

    /** A negative count or amount. */
    static final class NegativeValue implements ReportCheck {
        @Override
        public List<Flag> check(ParsedReport report, YearMonth month) {
            return flag(report, "NEGATIVE_VALUE", Severity.CRITICAL, RowChecks::anyNegative);
        }
    }

    private static final Field[] NUMBERS =
            java.util.Arrays.stream(Field.values()).filter(Field::numeric).toArray(Field[]::new);

    private static boolean anyNegative(ReportRow row) {
        for (Field field : NUMBERS) {
            BigDecimal value = row.figure(field);
            if (value != null && value.signum() < 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean greater(BigDecimal a, BigDecimal b) {
        return a != null && b != null && a.compareTo(b) > 0;
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
