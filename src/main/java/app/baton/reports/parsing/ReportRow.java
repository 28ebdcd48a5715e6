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
 * (a totals row has number 0). Figures missing in the file ({@code --}, empty) are absent.
 *
 * <p>A report can have 100,000 rows, so a row keeps its figures as plain numbers: each present figure as an unscaled
 * {@code long} and its scale (12.37 is 1237 and 2), in field order, with a bit per numeric field saying which are
 * present — no map and no {@code BigDecimal} per figure. {@link #figure(Field)} makes the exact {@code BigDecimal} when
 * asked; the checks that read every row use {@link #has}, {@link #signum}, {@link #value} and {@link #compare}
 * instead. A figure too long for a {@code long} (more than 18 digits) is kept as the file's {@code BigDecimal}.
 *
 * <p>Size (about 370 lines): that packed storage and the arithmetic on it, in one class, because the memory figure of
 * decision 017 depends on no row holding more than it.
 */
public final class ReportRow {

    private static final Field[] FIELDS = Field.values();

    /** The numeric fields in field order; a row's bit {@code i} stands for {@code NUMBERS[i]}. */
    static final Field[] NUMBERS =
            java.util.Arrays.stream(FIELDS).filter(Field::numeric).toArray(Field[]::new);

    /** For each field (by ordinal), its place in {@link #NUMBERS}, or -1 when it is not numeric. */
    private static final int[] SLOT = new int[FIELDS.length];

    static {
        java.util.Arrays.fill(SLOT, -1);
        for (int i = 0; i < NUMBERS.length; i++) {
            SLOT[NUMBERS[i].ordinal()] = i;
        }
    }

    /** Powers of ten up to 10^18 (scales here are at most 18); each is also exact as a {@code double}. */
    static final long[] POW10 = new long[19];

    static {
        long p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    private final int number;
    private final @Nullable LocalDate date;
    private final @Nullable LocalDate periodStart;
    private final @Nullable LocalDate periodEnd;
    private final @Nullable String channel;
    private final @Nullable String campaign;
    private final @Nullable String breakdown;
    /** Bit {@code i} set: {@code NUMBERS[i]} is present. */
    final int present;
    /** The present figures' unscaled values, in field order (one entry per set bit). */
    final long[] unscaled;
    /** Their scales (0–18). */
    final byte[] scales;
    /** Figures that do not fit a {@code long}, at the same places; {@code null} when every figure fits. */
    final @Nullable BigDecimal @Nullable [] big;

    public ReportRow(
            int number,
            @Nullable LocalDate date,
            @Nullable LocalDate periodStart,
            @Nullable LocalDate periodEnd,
            @Nullable String channel,
            @Nullable String campaign,
            Map<Field, BigDecimal> figures) {
        this(number, date, periodStart, periodEnd, channel, campaign, null, figures);
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
        this(number, date, periodStart, periodEnd, channel, campaign, breakdown, Figures.of(figures));
    }

    /** The parser's constructor: the figures gathered for this row, copied into the row's own compact arrays. */
    ReportRow(
            int number,
            @Nullable LocalDate date,
            @Nullable LocalDate periodStart,
            @Nullable LocalDate periodEnd,
            @Nullable String channel,
            @Nullable String campaign,
            @Nullable String breakdown,
            Figures figures) {
        this.number = number;
        this.breakdown = breakdown;
        this.date = date;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.channel = channel;
        this.campaign = campaign;
        int count = Integer.bitCount(figures.present);
        this.present = figures.present;
        this.unscaled = new long[count];
        this.scales = new byte[count];
        @Nullable BigDecimal[] large = null;
        int k = 0;
        for (int i = 0; i < NUMBERS.length; i++) {
            if ((figures.present & (1 << i)) != 0) {
                unscaled[k] = figures.unscaled[i];
                scales[k] = figures.scales[i];
                if (figures.big[i] != null) {
                    if (large == null) {
                        large = new BigDecimal[count];
                    }
                    large[k] = figures.big[i];
                }
                k++;
            }
        }
        this.big = large;
    }

    /**
     * The figures of one row while it is read: a scratch the parser reuses from row to row (the row copies what is
     * present), with a slot per numeric field.
     */
    static final class Figures {
        int present;
        final long[] unscaled = new long[NUMBERS.length];
        final byte[] scales = new byte[NUMBERS.length];
        final @Nullable BigDecimal[] big = new BigDecimal[NUMBERS.length];

        void clear() {
            present = 0;
            java.util.Arrays.fill(big, null);
        }

        /** Sets a figure from its unscaled value and scale (0–18). */
        void set(Field field, long value, int scale) {
            int i = slot(field);
            present |= 1 << i;
            unscaled[i] = value;
            scales[i] = (byte) scale;
            big[i] = null;
        }

        /** Sets a figure given as a {@code BigDecimal}: as a {@code long} and scale when it fits, else as it is. */
        void set(Field field, BigDecimal value) {
            BigDecimal v = value;
            if (v.scale() < 0) {
                v = v.setScale(0);
            }
            if (v.scale() <= 18 && v.unscaledValue().bitLength() < 63) {
                set(field, v.unscaledValue().longValue(), v.scale());
            } else {
                int i = slot(field);
                present |= 1 << i;
                big[i] = value;
            }
        }

        /** A figure as it was set, or {@code null} when it was not. */
        @Nullable
        BigDecimal value(Field field) {
            int i = slot(field);
            if ((present & (1 << i)) == 0) {
                return null;
            }
            BigDecimal large = big[i];
            return large != null ? large : BigDecimal.valueOf(unscaled[i], scales[i]);
        }

        static Figures of(Map<Field, BigDecimal> figures) {
            Figures f = new Figures();
            figures.forEach((field, value) -> f.set(field, Objects.requireNonNull(value)));
            return f;
        }

        private static int slot(Field field) {
            int i = SLOT[field.ordinal()];
            if (i < 0) {
                throw new IllegalArgumentException(field + " is not a figure");
            }
            return i;
        }
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

    /** Where a present figure of {@code field} is in the compact arrays, or -1. */
    private int index(Field field) {
        int slot = SLOT[field.ordinal()];
        if (slot < 0 || (present & (1 << slot)) == 0) {
            return -1;
        }
        return Integer.bitCount(present & ((1 << slot) - 1));
    }

    private BigDecimal at(int k) {
        BigDecimal large = big == null ? null : big[k];
        return large != null ? large : BigDecimal.valueOf(unscaled[k], scales[k]);
    }

    /** The figure, exactly as the file gave it (made on each call: loops over every row use the methods below). */
    public @Nullable BigDecimal figure(Field field) {
        int k = index(field);
        return k < 0 ? null : at(k);
    }

    /** Whether the row has the figure. */
    public boolean has(Field field) {
        int slot = SLOT[field.ordinal()];
        return slot >= 0 && (present & (1 << slot)) != 0;
    }

    /** The figure's sign (-1, 0, 1); 0 when it is absent. */
    public int signum(Field field) {
        int k = index(field);
        if (k < 0) {
            return 0;
        }
        BigDecimal large = big == null ? null : big[k];
        return large != null ? large.signum() : Long.signum(unscaled[k]);
    }

    /** The figure as the nearest {@code double} (as {@code BigDecimal.doubleValue} gives it); NaN when absent. */
    public double value(Field field) {
        int k = index(field);
        if (k < 0) {
            return Double.NaN;
        }
        BigDecimal large = big == null ? null : big[k];
        if (large != null) {
            return large.doubleValue();
        }
        long u = unscaled[k];
        // one correctly rounded division when both are exact doubles: the same value BigDecimal would give
        return Math.abs(u) < (1L << 53) ? u / (double) POW10[scales[k]] : at(k).doubleValue();
    }

    /**
     * The first significant digit (1–9) of the figure's absolute value, exactly (from its digits, not a {@code double},
     * which puts 0.0003 just under 3 and gives 2); 0 when it is absent or zero. For Benford's law.
     */
    public int firstDigit(Field field) {
        int k = index(field);
        if (k < 0) {
            return 0;
        }
        BigDecimal large = big == null ? null : big[k];
        if (large != null) {
            return large.signum() == 0
                    ? 0
                    : large.unscaledValue().abs().toString().charAt(0) - '0';
        }
        long u = Math.abs(unscaled[k]);
        if (u <= 0) {
            // zero, or Long.MIN_VALUE (whose absolute value does not fit: 9,223,372,036,854,775,808)
            return u == 0 ? 0 : 9;
        }
        int digits = 1;
        while (digits < POW10.length && u >= POW10[digits]) {
            digits++;
        }
        return (int) (u / POW10[digits - 1]);
    }

    /** Compares two present figures of the row exactly ({@code compareTo}); 0 when either is absent. */
    public int compare(Field a, Field b) {
        int i = index(a);
        int j = index(b);
        if (i < 0 || j < 0) {
            return 0;
        }
        if (big == null && scales[i] == scales[j]) {
            return Long.compare(unscaled[i], unscaled[j]);
        }
        return at(i).compareTo(at(j));
    }

    /** Whether any figure is below zero. */
    public boolean anyNegative() {
        for (int k = 0; k < unscaled.length; k++) {
            BigDecimal large = big == null ? null : big[k];
            if (large != null ? large.signum() < 0 : unscaled[k] < 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether the two rows have the same figures present with equal values (1.0 equals 1.00). */
    public boolean sameFigures(ReportRow other) {
        if (present != other.present) {
            return false;
        }
        for (int k = 0; k < unscaled.length; k++) {
            boolean plain = (big == null || big[k] == null) && (other.big == null || other.big[k] == null);
            if (plain && scales[k] == other.scales[k]) {
                if (unscaled[k] != other.unscaled[k]) {
                    return false;
                }
            } else if (at(k).compareTo(other.at(k)) != 0) {
                return false;
            }
        }
        return true;
    }

    /** How many figures the row has. */
    public int figureCount() {
        return unscaled.length;
    }

    /** The figures as a map (a copy: for reading a few rows, not for loops over a whole report). */
    public Map<Field, BigDecimal> figures() {
        Map<Field, BigDecimal> map = new EnumMap<>(Field.class);
        forEachFigure(map::put);
        return Collections.unmodifiableMap(map);
    }

    /** Calls {@code action} for each figure present, in field order, without building a map. */
    public void forEachFigure(java.util.function.BiConsumer<Field, BigDecimal> action) {
        int k = 0;
        for (int i = 0; i < NUMBERS.length; i++) {
            if ((present & (1 << i)) != 0) {
                action.accept(NUMBERS[i], at(k++));
            }
        }
    }
}
