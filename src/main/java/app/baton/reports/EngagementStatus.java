package app.baton.reports;

import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * Where an engagement's reports stand, for its card: the latest month reported and its state, months late, and
 * months whose latest version waits for the reader (review, or for an agency, clarification).
 */
public record EngagementStatus(
        @Nullable YearMonth latestMonth, @Nullable ReviewStatus latestStatus, int late, int waitingMonths) {

    public boolean waiting() {
        return waitingMonths > 0;
    }
}
