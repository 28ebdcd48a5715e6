package app.baton.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/** A month of an engagement's term and where its report stands. */
public record MonthRow(
        YearMonth month,
        LocalDate due,
        @Nullable Long latestVersionId,
        int versions,
        @Nullable ReviewStatus status,
        boolean late,
        boolean submittedLate,
        int openFlags) {}
