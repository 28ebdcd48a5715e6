package app.baton.budgets;

import java.time.LocalDate;

/** Which fiscal year a new plan is offered for; a pure rule, the date is given. */
public final class PlanCalendar {

    private PlanCalendar() {}

    /**
     * The fiscal year a new plan is offered for: the calendar year, or the next one from November on (plans are made
     * ahead); never a year that has a plan already (then the first free year after it).
     */
    public static int suggestedFiscalYear(LocalDate today, java.util.Collection<Integer> planned) {
        int year = today.getMonthValue() >= 11 ? today.getYear() + 1 : today.getYear();
        while (planned.contains(year)) {
            year++;
        }
        return year;
    }
}
