package app.baton.budgets;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A whole plan as the plan screen shows it. */
public record PlanView(
        long id,
        int fiscalYear,
        YearMonth firstMonth,
        String currency,
        BigDecimal revenueForecast,
        BigDecimal totalBudget,
        @Nullable BigDecimal baselineTotal,
        BigDecimal allocated,
        PlanStatus status,
        @Nullable Instant activatedAt,
        long changeCount,
        List<TierView> tiers,
        List<BigDecimal> monthTotals,
        Guardrails guardrails) {

    public List<YearMonth> months() {
        return new FiscalYear(firstMonth).months();
    }

    public TierView tier(Tier tier) {
        return tiers.stream().filter(t -> t.tier() == tier).findFirst().orElseThrow();
    }
}
