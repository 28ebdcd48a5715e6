package app.baton.reports.internal;

import app.baton.reports.ReviewStatus;
import java.time.LocalDate;

/** Where a month of an engagement stands: its latest version and that version's status, without its figures. */
public record MonthState(long engagementId, LocalDate reportMonth, long versionId, ReviewStatus status) {}
