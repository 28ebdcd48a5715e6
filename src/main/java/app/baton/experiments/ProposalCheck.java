package app.baton.experiments;

import app.baton.approvals.Violation;
import app.baton.budgets.BudgetReservationService.TierAvailability;
import app.baton.budgets.ChannelKind;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the proposal form shows as the person types: the share of the experiment tier's free money, broken
 * guardrails, and for the founder the worst-case loss (the whole budget) and how long until results; {@code
 * approvedAtOnce}: within the successor's delegated authority, it is approved when submitted; {@code slowChannel}:
 * the channel takes longer to show its effect than the test runs.
 */
public record ProposalCheck(
        @Nullable TierAvailability tier,
        @Nullable BigDecimal shareOfFree,
        List<Violation> violations,
        boolean moreThanFree,
        BigDecimal worstCaseLoss,
        long daysUntilResults,
        boolean approvedAtOnce,
        @Nullable SlowChannel slowChannel) {

    /**
     * A test on a slow channel that judges its targets before the channel can show its effect (「快速見效…應該引起高度
     * 警覺」): the channel's kind and the months it takes by the agreed goals.
     */
    public record SlowChannel(ChannelKind kind, int months) {}
}
