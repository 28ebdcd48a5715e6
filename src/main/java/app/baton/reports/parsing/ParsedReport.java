package app.baton.reports.parsing;

import app.baton.shared.tables.TextEncoding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A report file read into Baton's model: its format, the data rows, the totals row it stated (compared, never
 * counted), the date range it stated, its currency when a header named one, and what it said counts as a
 * conversion and which attribution it used. Immutable; the sums of the rows are computed once, when first asked.
 */
public final class ParsedReport {

    /** How a stated conversion definition begins in {@link #definitions()}. */
    public static final String CONVERSION = "conversion: ";

    /** How a stated attribution setting begins in {@link #definitions()}. */
    public static final String ATTRIBUTION = "attribution: ";

    private final ReportFormat format;
    private final List<String> header;
    private final List<ReportRow> rows;
    private final @Nullable ReportRow statedTotals;
    private final @Nullable LocalDate statedStart;
    private final @Nullable LocalDate statedEnd;
    private final @Nullable String currency;
    private final Set<String> definitions;
    private final @Nullable TextEncoding encoding;
    private final boolean encodingDetected;
    private volatile @Nullable Map<String, Map<Field, BigDecimal>> byChannel;
    private volatile @Nullable Map<Field, BigDecimal> totals;

    public ParsedReport(
            ReportFormat format,
            List<String> header,
            List<ReportRow> rows,
            @Nullable ReportRow statedTotals,
            @Nullable LocalDate statedStart,
            @Nullable LocalDate statedEnd,
            @Nullable String currency,
            Set<String> definitions,
            @Nullable TextEncoding encoding,
            boolean encodingDetected) {
        this.format = format;
        this.encoding = encoding;
        this.encodingDetected = encodingDetected;
        this.header = List.copyOf(header);
        this.rows = Collections.unmodifiableList(rows);
        this.statedTotals = statedTotals;
        this.statedStart = statedStart;
        this.statedEnd = statedEnd;
        this.currency = currency;
        this.definitions = Set.copyOf(definitions);
    }

    /** A report read from a workbook or built in code (no text encoding). */
    public ParsedReport(
            ReportFormat format,
            List<String> header,
            List<ReportRow> rows,
            @Nullable ReportRow statedTotals,
            @Nullable LocalDate statedStart,
            @Nullable LocalDate statedEnd,
            @Nullable String currency,
            Set<String> definitions) {
        this(format, header, rows, statedTotals, statedStart, statedEnd, currency, definitions, null, false);
    }

    /** The report without stated definitions. */
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

    public ReportFormat format() {
        return format;
    }

    public List<String> header() {
        return header;
    }

    public List<ReportRow> rows() {
        return rows;
    }

    public @Nullable ReportRow statedTotals() {
        return statedTotals;
    }

    public @Nullable LocalDate statedStart() {
        return statedStart;
    }

    public @Nullable LocalDate statedEnd() {
        return statedEnd;
    }

    public @Nullable String currency() {
        return currency;
    }

    /** The text encoding a CSV or tab-separated file was read in; {@code null} for a workbook. */
    public @Nullable TextEncoding encoding() {
        return encoding;
    }

    /** Whether the encoding was detected from the text (Big5, GB18030) rather than known by its byte-order mark or UTF-8. */
    public boolean encodingDetected() {
        return encodingDetected;
    }

    /** The distinct stated definitions, each {@link #CONVERSION} or {@link #ATTRIBUTION} and what the file says. */
    public Set<String> definitions() {
        return definitions;
    }

    /**
     * The sums of the data rows per channel ("" for rows without one), per numeric field present — one pass over
     * the rows, computed once and shared by the checks, the totals and the per-channel KPIs.
     */
    public Map<String, Map<Field, BigDecimal>> totalsByChannel() {
        Map<String, Map<Field, BigDecimal>> sums = byChannel;
        if (sums == null) {
            // exact sums in longs per channel and field (a BigDecimal only past a long's range), no map per row
            Map<String, Sum[]> running = new java.util.LinkedHashMap<>();
            for (ReportRow row : rows) {
                Sum[] channel = running.computeIfAbsent(
                        row.channel() == null ? "" : row.channel(), c -> new Sum[ReportRow.NUMBERS.length]);
                int k = 0;
                for (int i = 0; i < ReportRow.NUMBERS.length; i++) {
                    if ((row.present & (1 << i)) == 0) {
                        continue;
                    }
                    if (!STATED[i]) {
                        Sum sum = channel[i];
                        if (sum == null) {
                            sum = new Sum();
                            channel[i] = sum;
                        }
                        BigDecimal large = row.big == null ? null : row.big[k];
                        if (large != null) {
                            sum.add(large);
                        } else {
                            sum.add(row.unscaled[k], row.scales[k]);
                        }
                    }
                    k++;
                }
            }
            Map<String, Map<Field, BigDecimal>> computed = new java.util.LinkedHashMap<>();
            running.forEach((channel, fields) -> {
                Map<Field, BigDecimal> figures = new EnumMap<>(Field.class);
                for (int i = 0; i < fields.length; i++) {
                    if (fields[i] != null) {
                        figures.put(ReportRow.NUMBERS[i], fields[i].value());
                    }
                }
                computed.put(channel, Collections.unmodifiableMap(figures));
            });
            sums = Collections.unmodifiableMap(computed);
            byChannel = sums;
        }
        return sums;
    }

    /** Which of {@link ReportRow#NUMBERS} are stated ratios (CTR, CPC…): never summed. */
    private static final boolean[] STATED = new boolean[ReportRow.NUMBERS.length];

    static {
        for (int i = 0; i < STATED.length; i++) {
            STATED[i] = ReportRow.NUMBERS[i].name().startsWith("STATED_");
        }
    }

    /**
     * A running exact sum: an unscaled {@code long} at the largest scale seen so far, and a {@code BigDecimal} from
     * the moment the next step would overflow. The result equals adding the {@code BigDecimal}s one by one.
     */
    static final class Sum {
        private long unscaled;
        private int scale;
        private @Nullable BigDecimal big;

        void add(long value, int valueScale) {
            if (big != null) {
                big = big.add(BigDecimal.valueOf(value, valueScale));
                return;
            }
            try {
                long v = value;
                if (valueScale > scale) {
                    unscaled = Math.multiplyExact(unscaled, ReportRow.POW10[valueScale - scale]);
                    scale = valueScale;
                } else if (valueScale < scale) {
                    v = Math.multiplyExact(value, ReportRow.POW10[scale - valueScale]);
                }
                unscaled = Math.addExact(unscaled, v);
            } catch (ArithmeticException overflow) {
                big = BigDecimal.valueOf(unscaled, scale).add(BigDecimal.valueOf(value, valueScale));
            }
        }

        void add(BigDecimal value) {
            big = value().add(value);
        }

        BigDecimal value() {
            return big != null ? big : BigDecimal.valueOf(unscaled, scale);
        }
    }

    /** The sums of the data rows, per numeric field present in the file (from the per-channel sums). */
    public Map<Field, BigDecimal> totals() {
        Map<Field, BigDecimal> sums = totals;
        if (sums == null) {
            Map<Field, BigDecimal> computed = new EnumMap<>(Field.class);
            totalsByChannel()
                    .values()
                    .forEach(channel ->
                            channel.forEach((field, value) -> computed.merge(field, value, BigDecimal::add)));
            sums = Collections.unmodifiableMap(computed);
            totals = sums;
        }
        return sums;
    }
}
