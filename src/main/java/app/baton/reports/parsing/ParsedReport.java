package app.baton.reports.parsing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A report file read into Baton's model: its format, the data rows, the totals row it stated (compared, never
 * counted), the date range it stated, and its currency when a header named one.
 */
public record ParsedReport(
        ReportFormat format,
        List<String> header,
        List<ReportRow> rows,
        @Nullable ReportRow statedTotals,
        @Nullable LocalDate statedStart,
        @Nullable LocalDate statedEnd,
        @Nullable String currency,
        Set<String> definitions) {

    public ParsedReport {
        definitions = Set.copyOf(definitions);
    }

    /**
     * The report without stated definitions (what counts as a conversion, which attribution): the distinct values,
     * each as {@code "conversion: …"} or {@code "attribution: …"}.
     */
    public ParsedReport(
            ReportFormat format,
            List<String> header,
            List<ReportRow> rows,
            @Nullable ReportRow statedTotals,
            @Nullable LocalDate statedStart,
            @Nullable LocalDate statedEnd,
            @Nullable String currency) {
        this(format, header, rows, statedTotals, statedStart, statedEnd, currency, Set.of());
    }

    /** The sums of the data rows, per numeric field present in the file. */
    public Map<Field, BigDecimal> totals() {
        Map<Field, BigDecimal> sums = new EnumMap<>(Field.class);
        for (ReportRow row : rows) {
            row.figures().forEach((field, value) -> {
                if (!field.name().startsWith("STATED_")) {
                    sums.merge(field, value, BigDecimal::add);
                }
            });
        }
        return sums;
    }
}
