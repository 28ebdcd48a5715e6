package app.baton.reports.checks;

import app.baton.reports.parsing.Field;
import app.baton.reports.parsing.ParsedReport;
import app.baton.reports.parsing.ReportFormat;
import app.baton.reports.parsing.ReportRow;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks of one row at a time, in one pass over the rows (a 100,000-row file is read once, not three times):
 * NEGATIVE_VALUE — a negative count or amount (critical); CLICKS_EXCEED_IMPRESSIONS — impossible (critical);
 * CONVERSIONS_EXCEED_CLICKS — click-based conversions above clicks, for Google Ads and our template, which count
 * them per click (warning).
 */
final class RowChecks implements ReportCheck {

    @Override
    public List<Flag> check(ParsedReport report, YearMonth month) {
        boolean perClick = report.format() == ReportFormat.BATON_TEMPLATE || report.format() == ReportFormat.GOOGLE_ADS;
        List<Integer> negative = new ArrayList<>();
        List<Integer> clicks = new ArrayList<>();
        List<Integer> conversions = new ArrayList<>();
        for (ReportRow row : report.rows()) {
            if (row.anyNegative()) {
                negative.add(row.number());
            }
            if (row.compare(Field.CLICKS, Field.IMPRESSIONS) > 0) {
                clicks.add(row.number());
            }
            if (perClick && row.compare(Field.CONVERSIONS, Field.CLICKS) > 0) {
                conversions.add(row.number());
            }
        }
        List<Flag> flags = new ArrayList<>(3);
        add(flags, "NEGATIVE_VALUE", Severity.CRITICAL, negative);
        add(flags, "CLICKS_EXCEED_IMPRESSIONS", Severity.CRITICAL, clicks);
        add(flags, "CONVERSIONS_EXCEED_CLICKS", Severity.WARNING, conversions);
        return flags;
    }

    private static void add(List<Flag> flags, String code, Severity severity, List<Integer> rows) {
        if (!rows.isEmpty()) {
            flags.add(new Flag(code, severity, rows, List.of(rows.size())));
        }
    }
}
