package app.baton.reports;

import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * An engagement target and the months it holds (issue 19): from {@code from} (null: the engagement's start) until the
 * month before {@code until} (null: still in force). A report for a month is judged against the targets in force then.
 */
public record TargetPeriod(
        EngagementTarget target,
        @Nullable YearMonth from,
        @Nullable YearMonth until) {

    public boolean inForce(YearMonth month) {
        return (from == null || !month.isBefore(from)) && (until == null || month.isBefore(until));
    }
}
