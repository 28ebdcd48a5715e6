package app.baton.budgets;

import java.math.BigDecimal;
import java.util.List;

/** One channel's row in a tier: twelve months of current, original and spent amounts. */
public record ChannelRow(
        Tier tier,
        long channelId,
        List<BigDecimal> months,
        List<BigDecimal> originals,
        List<BigDecimal> spent,
        BigDecimal total,
        BigDecimal originalTotal,
        BigDecimal spentTotal) {}
