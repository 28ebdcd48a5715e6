package app.baton.reports.web;

import app.baton.shared.DomainException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

final class Months {

    private Months() {}

    /** {@code YYYY-MM}, or {@code report.badMonth}. */
    static YearMonth parse(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new DomainException("report.badMonth");
        }
    }
}
