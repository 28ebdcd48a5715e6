package app.baton.budgets;

import app.baton.budgets.BudgetSheet.GuardrailStatus;
import java.math.BigDecimal;
import java.util.List;

/** A tier with its channels, month sums, share of the total and guardrail status. */
public record TierView(
        Tier tier,
        List<ChannelRow> channels,
        List<BigDecimal> months,
        List<BigDecimal> originals,
        BigDecimal total,
        BigDecimal originalTotal,
        BigDecimal spentTotal,
        BigDecimal share,
        GuardrailStatus status) {}
