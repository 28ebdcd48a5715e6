package app.baton.reports.parsing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One row of a report in Baton's model. {@code number} counts data rows from 1 at the first row after the header
 * (a totals row has number 0). Figures missing in the file ({@code --}, empty) are absent from the map.
 */
public record ReportRow(
        int number,
        @Nullable LocalDate date,
        @Nullable LocalDate periodStart,
        @Nullable LocalDate periodEnd,
        @Nullable String channel,
        @Nullable String campaign,
        Map<Field, BigDecimal> figures) {

    public @Nullable BigDecimal figure(Field field) {
        return figures.get(field);
    }
}
