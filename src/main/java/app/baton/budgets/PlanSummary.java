package app.baton.budgets;

import java.math.BigDecimal;
import java.time.YearMonth;

/** A plan in the list of years. */
public record PlanSummary(
        long id, int fiscalYear, PlanStatus status, BigDecimal totalBudget, String currency, YearMonth firstMonth) {

    public PlanSummary(long id, int fiscalYear, PlanStatus status, BigDecimal totalBudget, String currency) {
        this(id, fiscalYear, status, totalBudget, currency, YearMonth.of(fiscalYear, 1));
    }

    /** Whether the plan's twelve months include this one. */
    public boolean covers(YearMonth month) {
        return new FiscalYear(firstMonth).contains(month);
    }
}
