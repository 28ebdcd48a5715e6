package app.baton.reports.internal;

import app.baton.reports.ReviewStatus;
import java.time.LocalDate;

/** Where a month of an engagement stands: its latest version's status, without the version's figures. */
public record MonthState(long engagementId, LocalDate reportMonth, ReviewStatus status) {}
