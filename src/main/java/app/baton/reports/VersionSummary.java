package app.baton.reports;

import app.baton.reports.parsing.ReportFormat;
import java.time.Instant;
import java.time.YearMonth;

/** A version in a list. */
public record VersionSummary(
        long id,
        long engagementId,
        YearMonth month,
        int number,
        ReviewStatus status,
        ReportFormat format,
        String fileName,
        long size,
        String sha256,
        int rows,
        Instant uploadedAt,
        String uploadedBy,
        int flagCount,
        int openFlags) {}
