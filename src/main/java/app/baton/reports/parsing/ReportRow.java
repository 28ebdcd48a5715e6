package app.baton.reports.parsing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One row of a report in Baton's model. {@code number} counts data rows from 1 at the first row after the header
 * (a totals row has number 0). Figures missing in the file ({@code --}, empty) are absent. The figures are kept in an
 * array by field (a report can have 100,000 rows: no map per row), read with {@link #figure(Field)}.
 */
public final class ReportRow {

    private static final Field[] FIELDS = Field.values();

    private final int number;
    private final @Nullable LocalDate date;
    private final @Nullable LocalDate periodStart;
    private final @Nullable LocalDate periodEnd;
    private final @Nullable String channel;
    private final @Nullable String campaign;
    private final @Nullable String breakdown;
    private final @Nullable BigDecimal[] values;
    private final int count;

    public ReportRow(
            int number,
            @Nullable LocalDate date,
            @Nullable LocalDate periodStart,
            @Nullable LocalDate periodEnd,
            @Nullable String channel,
            @Nullable String campaign,
            Map<Field, BigDecimal> figures) {
        this(number, date, periodStart, periodEnd, channel, campaign, null, array(figures));
    }

    /** A row split further than its campaign: {@code breakdown} is its ad set, ad, device, age… joined. */
    public ReportRow(
            int number,
            @Nullable LocalDate date,
            @Nullable LocalDate periodStart,
            @Nullable LocalDate periodEnd,
            @Nullable String channel,
            @Nullable String campaign,
            @Nullable String breakdown,
            Map<Field, BigDecimal> figures) {
        this(number, date, periodStart, periodEnd, channel, campaign, breakdown, array(figures));
    }

    ReportRow(
            int number,
            @Nullable LocalDate date,
            @Nullable LocalDate periodStart,
            @Nullable LocalDate periodEnd,
            @Nullable String channel,
            @Nullable String campaign,
            @Nullable String breakdown,
            @Nullable BigDecimal[] values) {
        this.number = number;
        this.breakdown = breakdown;
        this.date = date;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.channel = channel;
        this.campaign = campaign;
        this.values = values;
        int n = 0;
        for (BigDecimal value : values) {
            if (value != null) {
                n++;
            }
        }
        this.count = n;
    }

    private static @Nullable BigDecimal[] array(Map<Field, BigDecimal> figures) {
        @Nullable BigDecimal[] values = new BigDecimal[FIELDS.length];
        figures.forEach((field, value) -> values[field.ordinal()] = Objects.requireNonNull(value));
        return values;
    }

    public int number() {
        return number;
    }

    public @Nullable LocalDate date() {
        return date;
    }

    public @Nullable LocalDate periodStart() {
        return periodStart;
    }

    public @Nullable LocalDate periodEnd() {
        return periodEnd;
    }

    public @Nullable String channel() {
        return channel;
    }

    public @Nullable String campaign() {
        return campaign;
    }

    /**
     * The row's breakdown beyond its campaign (ad set, ad, device, network, age, gender, placement, region as the
     * file has them, joined with {@code " · "} in that order), or {@code null} when the file has none.
     */
    public @Nullable String breakdown() {
        return breakdown;
    }

    public @Nullable BigDecimal figure(Field field) {
        return values[field.ordinal()];
    }

    /** How many figures the row has. */
    public int figureCount() {
        return count;
    }

    /** The figures as a map (a copy: for reading a few rows, not for loops over a whole report). */
    public Map<Field, BigDecimal> figures() {
        Map<Field, BigDecimal> map = new EnumMap<>(Field.class);
        for (int i = 0; i < values.length; i++) {
            BigDecimal value = values[i];
            if (value != null) {
                map.put(FIELDS[i], value);
            }
        }
        return Collections.unmodifiableMap(map);
    }

    /** Calls {@code action} for each figure present, in field order, without building a map. */
    public void forEachFigure(java.util.function.BiConsumer<Field, BigDecimal> action) {
        for (int i = 0; i < values.length; i++) {
            BigDecimal value = values[i];
            if (value != null) {
                action.accept(FIELDS[i], value);
            }
        }
    }
}
