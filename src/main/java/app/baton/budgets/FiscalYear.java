package app.baton.budgets;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A plan's year: twelve months from its first month (January unless the company's year starts elsewhere). The one
 * place that knows a year has {@value #MONTHS} months, which month an index is, and whether a month belongs.
 */
public record FiscalYear(YearMonth firstMonth) {

    /** The months of a plan's year, and of every yearly series shown beside it. */
    public static final int MONTHS = 12;

    /** The calendar year {@code year}, January to December. */
    public static FiscalYear calendar(int year) {
        return new FiscalYear(YearMonth.of(year, 1));
    }

    /** The twelve months, in order. */
    public List<YearMonth> months() {
        return IntStream.range(0, MONTHS).mapToObj(firstMonth::plusMonths).toList();
    }

    /** The month at {@code index} (0 to 11). */
    public YearMonth month(int index) {
        if (index < 0 || index >= MONTHS) {
            throw new IndexOutOfBoundsException(index);
        }
        return firstMonth.plusMonths(index);
    }

    /** Whether the year includes this month. */
    public boolean contains(YearMonth month) {
        return indexOf(month).isPresent();
    }

    /** The index (0 to 11) of a calendar month, or empty when it lies outside the year. */
    public Optional<Integer> indexOf(YearMonth month) {
        long index = firstMonth.until(month, ChronoUnit.MONTHS);
        return index >= 0 && index < MONTHS ? Optional.of((int) index) : Optional.empty();
    }

    /** The last month of the year. */
    public YearMonth lastMonth() {
        return firstMonth.plusMonths(MONTHS - 1);
    }
}
