package app.baton.reports.internal;

import app.baton.reports.ReviewStatus;
import java.time.LocalDate;

/**
 * Where a month of an engagement stands: its latest version, that version's status and when it was uploaded, without
 * its figures.
 */
public record MonthState(
        long engagementId, LocalDate reportMonth, long versionId, ReviewStatus status, java.time.Instant uploadedAt) {}
