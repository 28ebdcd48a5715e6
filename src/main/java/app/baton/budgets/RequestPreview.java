package app.baton.budgets;

import app.baton.approvals.Violation;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A check of a request against the current plan: the changes, the broken guardrails, and what would happen.
 * {@code monthlyTotalReached}: within the successor's per-request limit, but over what their monthly total has left,
 * so the founders decide.
 */
public record RequestPreview(
        List<CellChange> changes,
        List<TierChange> tiers,
        BigDecimal totalBefore,
        BigDecimal totalAfter,
        List<Violation> violations,
        boolean approvedByDelegation,
        @Nullable String refusalKey,
        boolean monthlyTotalReached) {}
