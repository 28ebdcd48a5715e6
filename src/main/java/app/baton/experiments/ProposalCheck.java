package app.baton.experiments;

import app.baton.approvals.Violation;
import app.baton.budgets.BudgetReservationService.TierAvailability;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the proposal form shows as the person types: the share of the experiment tier's free money, broken
 * guardrails, and for the founder the worst-case loss (the whole budget) and how long until results; {@code
 * approvedAtOnce}: within the successor's delegated authority, it is approved when submitted.
 */
public record ProposalCheck(
        @Nullable TierAvailability tier,
        @Nullable BigDecimal shareOfFree,
        List<Violation> violations,
        boolean moreThanFree,
        BigDecimal worstCaseLoss,
        long daysUntilResults,
        boolean approvedAtOnce) {}
