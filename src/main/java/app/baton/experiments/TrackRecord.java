package app.baton.experiments;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A person's record as a proposer, shown beside the delegated limit. */
public record TrackRecord(
        long userId,
        String name,
        long concluded,
        long metTargets,
        @Nullable BigDecimal metShare,
        BigDecimal totalSpent,
        BigDecimal totalScaledUp,
        @Nullable Long averageDaysToDecision,
        @Nullable BigDecimal suggestedLimit) {}
