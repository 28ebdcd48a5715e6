package app.baton.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * When monthly reports are due and whether they are late, in the company's time zone. A month's report is due on
 * the engagement's due day of the next month (the last day when the month is shorter); it is LATE when nothing was
 * submitted by the end of that day, and "submitted late" when its first version came after it.
 */
public final class ReportCalendar {

    private ReportCalendar() {}

    public static LocalDate due(YearMonth month, int dueDay) {
        YearMonth next = month.plusMonths(1);
        return next.atDay(Math.min(Math.max(dueDay, 1), next.lengthOfMonth()));
    }

    /** Whether a report first submitted at {@code firstUpload} (null: not yet) is late on {@code today}. */
    public static boolean late(
            YearMonth month, int dueDay, @Nullable Instant firstUpload, LocalDate today, ZoneId zone) {
        LocalDate due = due(month, dueDay);
        if (firstUpload == null) {
            return today.isAfter(due);
        }
        return firstUpload.atZone(zone).toLocalDate().isAfter(due);
    }

    /** The months of a term a report can exist for on {@code today}: from the start month to the end month or now. */
    public static List<YearMonth> months(LocalDate start, LocalDate end, LocalDate today) {
        YearMonth last = YearMonth.from(end);
        YearMonth now = YearMonth.from(today);
        if (now.isBefore(last)) {
            last = now;
        }
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(start); !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }
}
