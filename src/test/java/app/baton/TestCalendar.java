package app.baton;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * The test data's dates, derived from the instant the tests' clock starts at ({@link MutableClock#start()}), so that
 * a fixture means the same thing on any start date: a plan "next year" is always in the future, report months are
 * always over and past their due day.
 */
public final class TestCalendar {

    public static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    private TestCalendar() {}

    /** The start instant's date in Taipei (the fixtures' companies keep their books in Asia/Taipei). */
    public static LocalDate today() {
        return LocalDate.ofInstant(MutableClock.start(), TAIPEI);
    }

    /** The calendar year after the start date's: plans and experiments in it lie wholly in the future. */
    public static int nextYear() {
        return today().getYear() + 1;
    }

    /**
     * The later of two consecutive months of one calendar year that are both over and past their report due day (the
     * 10th of the month after): two months before the start date's month, or December when that would split the pair
     * over a year end.
     */
    public static YearMonth secondReportMonth() {
        YearMonth second = YearMonth.from(today()).minusMonths(2);
        return second.getMonthValue() == 1 ? second.minusMonths(1) : second;
    }

    /** The month before {@link #secondReportMonth()}, in the same year. */
    public static YearMonth firstReportMonth() {
        return secondReportMonth().minusMonths(1);
    }
}
