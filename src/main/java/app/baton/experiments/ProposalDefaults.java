package app.baton.experiments;

import app.baton.budgets.PlanSummary;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** The dates a new proposal starts with; a pure rule, today and the plans are given. */
public final class ProposalDefaults {

    private ProposalDefaults() {}

    /** A proposal's start and end dates. */
    public record Period(LocalDate start, LocalDate end) {}

    /**
     * The dates a new proposal starts with: two months from the first of the month after a week's notice, inside an
     * active plan. When that month has no active plan (December, with next year not planned yet) but a week from
     * today still lies in one, the experiment starts then and ends with that plan; with no active plan at all, the
     * first choice stands (the form then says that no plan covers it).
     */
    public static Period period(LocalDate today, List<PlanSummary> plans) {
        LocalDate notice = today.plusDays(7);
        LocalDate start = notice.withDayOfMonth(1).plusMonths(1);
        LocalDate end = start.plusMonths(2).minusDays(1);
        List<PlanSummary> active = plans.stream()
                .filter(p -> p.status() == app.baton.budgets.PlanStatus.ACTIVE)
                .toList();
        java.util.function.Function<LocalDate, java.util.Optional<PlanSummary>> coveringPlan = day ->
                active.stream().filter(p -> p.covers(YearMonth.from(day))).findFirst();
        java.util.Optional<PlanSummary> plan = coveringPlan.apply(start);
        if (plan.isEmpty()) {
            java.util.Optional<PlanSummary> soon = coveringPlan.apply(notice);
            if (soon.isEmpty()) {
                return new Period(start, end);
            }
            start = notice;
            end = start.plusMonths(2).minusDays(1);
            plan = soon;
        }
        LocalDate planEnd = plan.get().firstMonth().plusMonths(11).atEndOfMonth();
        return new Period(start, end.isAfter(planEnd) ? planEnd : end);
    }
}
