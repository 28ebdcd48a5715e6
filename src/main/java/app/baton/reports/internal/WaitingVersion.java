package app.baton.reports.internal;

import app.baton.reports.ReviewStatus;
import java.time.Instant;
import java.time.LocalDate;

/** A month's latest version that may wait for the company's review: what the waiting lists show of it, no more. */
public record WaitingVersion(
        long versionId, long engagementId, LocalDate reportMonth, ReviewStatus status, Instant uploadedAt) {}
