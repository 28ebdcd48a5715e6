package app.baton.reports.checks;

import app.baton.reports.parsing.Field;
import app.baton.reports.parsing.ParsedReport;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The metric names the history-based checks compare month to month, and how a report's are read. */
public final class Metrics {

    /** The metrics compared, by their stable names (also the message arguments, translated as {@code metric.*}). */
    public static final List<Field> COMPARED = List.of(
            Field.IMPRESSIONS,
            Field.CLICKS,
            Field.COST,
            Field.CONVERSIONS,
            Field.CONVERSION_VALUE,
            Field.NEW_CUSTOMERS,
            Field.SESSIONS);

    private Metrics() {}

    /** The report's sums of the compared metrics, by name ({@code impressions}, {@code cost}, …). */
    public static Map<String, BigDecimal> sums(ParsedReport report) {
        Map<Field, BigDecimal> totals = report.totals();
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        for (Field field : COMPARED) {
            BigDecimal value = totals.get(field);
            if (value != null) {
                sums.put(name(field), value);
            }
        }
        return sums;
    }

    /** The report's campaign (or, without campaigns, channel) names. */
    public static Set<String> campaigns(ParsedReport report) {
        Set<String> names = new TreeSet<>();
        report.rows().forEach(row -> {
            String name = row.campaign() != null ? row.campaign() : row.channel();
            if (name != null && names.size() < 200) {
                names.add(name);
            }
        });
        return names;
    }

    public static String name(Field field) {
        return switch (field) {
            case CONVERSION_VALUE -> "conversionValue";
            case NEW_CUSTOMERS -> "newCustomers";
            default -> field.name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
