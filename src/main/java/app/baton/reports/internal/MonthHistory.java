package app.baton.reports.internal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the database counts of one engagement's month, without reading its versions: when the first version came, how
 * many versions there are, and how many of them were rejected.
 */
public record MonthHistory(
        long engagementId, LocalDate reportMonth, Instant firstUploadedAt, long versions, long rejected) {}
