package app.baton.budgets;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a person asks for. {@code expectedPlanChangeCount} is the plan state the form was built on; the amount is
 * the whole sum, split evenly over the months on each side.
 */
public record RequestCommand(
        long planId,
        long expectedPlanChangeCount,
        RequestKind kind,
        BigDecimal amount,
        @Nullable Tier fromTier,
        @Nullable Long fromChannelId,
        List<YearMonth> fromMonths,
        @Nullable Tier toTier,
        @Nullable Long toChannelId,
        List<YearMonth> toMonths,
        String reason,
        @Nullable String evidenceLinks) {}
