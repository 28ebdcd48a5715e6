package app.baton.reports;

import java.time.Instant;
import java.time.YearMonth;

/**
 * A month's latest version that waits for a founder or the successor: to be reviewed, or (when {@code answered})
 * asked to clarify and since answered by the agency in the thread.
 */
public record WaitingReport(
        long versionId,
        long engagementId,
        String engagement,
        String agency,
        YearMonth month,
        boolean answered,
        int openFlags,
        Instant since) {}
