package app.baton.budgets;

import java.math.BigDecimal;

/** Tier totals before and after, for the request's summary. */
public record TierChange(Tier tier, BigDecimal before, BigDecimal after, BigDecimal shareAfter) {}
