package app.baton.budgets;

import app.baton.approvals.GuardrailRule;
import app.baton.approvals.Violation;
import app.baton.shared.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A plan's amounts as plain numbers: planned and spent per cell, and the sums people read. Sums are always
 * computed from the cells, so a tier is the sum of its channels and a channel the sum of its months by
 * construction. Immutable; {@link #apply} returns a new sheet. No Spring, no database: unit-tested on its own.
 */
public final class BudgetSheet {

    private final Map<Cell, BigDecimal> planned;
    private final Map<Cell, BigDecimal> spent;

    public BudgetSheet(Map<Cell, BigDecimal> planned, Map<Cell, BigDecimal> spent) {
        this.planned = Map.copyOf(planned);
        this.spent = Map.copyOf(spent);
    }

    public BigDecimal planned(Cell cell) {
        return planned.getOrDefault(cell, BigDecimal.ZERO);
    }

    public BigDecimal spent(Cell cell) {
        return spent.getOrDefault(cell, BigDecimal.ZERO);
    }

    public BigDecimal total() {
        return sum(planned.values());
    }

    public BigDecimal tierTotal(Tier tier) {
        return sum(planned.entrySet().stream()
                .filter(e -> e.getKey().tier() == tier)
                .map(Map.Entry::getValue)
                .toList());
    }

    public BigDecimal channelTotal(Tier tier, long channelId) {
        return sum(planned.entrySet().stream()
                .filter(e -> e.getKey().tier() == tier && e.getKey().channelId() == channelId)
                .map(Map.Entry::getValue)
                .toList());
    }

    public BigDecimal channelSpent(Tier tier, long channelId) {
        return sum(spent.entrySet().stream()
                .filter(e -> e.getKey().tier() == tier && e.getKey().channelId() == channelId)
                .map(Map.Entry::getValue)
                .toList());
    }

    /** The sheet after the deltas; cells that did not exist yet start at zero. */
    public BudgetSheet apply(List<Delta> deltas) {
        Map<Cell, BigDecimal> after = new HashMap<>(planned);
        for (Delta delta : deltas) {
            after.merge(delta.cell(), delta.amount(), BigDecimal::add);
        }
        return new BudgetSheet(after, spent);
    }

    /**
     * The guardrails the deltas would break. A rule already broken before the change is reported only when the
     * change makes it worse, so an unrelated request is not blamed for an old state.
     *
     * <ul>
     *   <li>{@code BELOW_ZERO}: a touched month, channel or tier below zero (never allowed);
     *   <li>{@code BELOW_SPENT}: a touched month or channel planned below what was already spent there;
     *   <li>{@code EXPERIMENT_CAP}: the experiment tier's share of the total above the cap, and rising;
     *   <li>{@code MIN_RESERVE}: the reserve's share of the total under the minimum, and falling.
     * </ul>
     */
    public List<Violation> check(List<Delta> deltas, Guardrails guardrails) {
        BudgetSheet after = apply(deltas);
        List<Violation> violations = new ArrayList<>();
        Set<Cell> cells = new LinkedHashSet<>();
        Set<TierChannel> channels = new LinkedHashSet<>();
        Set<Tier> tiers = new LinkedHashSet<>();
        for (Delta delta : deltas) {
            if (delta.amount().signum() < 0) {
                cells.add(delta.cell());
                channels.add(new TierChannel(delta.cell().tier(), delta.cell().channelId()));
                tiers.add(delta.cell().tier());
            }
        }
        for (Cell cell : cells) {
            BigDecimal amount = after.planned(cell);
            String where = cell.tier() + "/" + cell.channelId() + "/" + cell.month();
            if (amount.signum() < 0) {
                violations.add(new Violation(GuardrailRule.BELOW_ZERO, where, BigDecimal.ZERO, amount));
            } else if (amount.compareTo(after.spent(cell)) < 0) {
                violations.add(new Violation(GuardrailRule.BELOW_SPENT, where, after.spent(cell), amount));
            }
        }
        for (TierChannel channel : channels) {
            BigDecimal amount = after.channelTotal(channel.tier(), channel.channelId());
            BigDecimal spentThere = after.channelSpent(channel.tier(), channel.channelId());
            String where = channel.tier() + "/" + channel.channelId();
            if (amount.signum() < 0) {
                violations.add(new Violation(GuardrailRule.BELOW_ZERO, where, BigDecimal.ZERO, amount));
            } else if (amount.compareTo(spentThere) < 0) {
                violations.add(new Violation(GuardrailRule.BELOW_SPENT, where, spentThere, amount));
            }
        }
        for (Tier tier : tiers) {
            BigDecimal amount = after.tierTotal(tier);
            if (amount.signum() < 0) {
                violations.add(new Violation(GuardrailRule.BELOW_ZERO, tier.name(), BigDecimal.ZERO, amount));
            }
        }
        BigDecimal experimentBefore = share(Tier.EXPERIMENT);
        BigDecimal experimentAfter = after.share(Tier.EXPERIMENT);
        if (experimentAfter.compareTo(guardrails.experimentCapPct()) > 0
                && experimentAfter.compareTo(experimentBefore) > 0) {
            violations.add(new Violation(
                    GuardrailRule.EXPERIMENT_CAP,
                    Tier.EXPERIMENT.name(),
                    guardrails.experimentCapPct(),
                    experimentAfter));
        }
        BigDecimal reserveBefore = share(Tier.RESERVE);
        BigDecimal reserveAfter = after.share(Tier.RESERVE);
        if (reserveAfter.compareTo(guardrails.minReservePct()) < 0 && reserveAfter.compareTo(reserveBefore) < 0) {
            violations.add(new Violation(
                    GuardrailRule.MIN_RESERVE, Tier.RESERVE.name(), guardrails.minReservePct(), reserveAfter));
        }
        return List.copyOf(violations);
    }

    /** Whether one experiment's budget is above the per-experiment maximum (for experiments to ask). */
    public static List<Violation> checkExperiment(BigDecimal experimentBudget, Guardrails guardrails) {
        BigDecimal max = guardrails.maxPerExperiment();
        if (max != null && experimentBudget.compareTo(max) > 0) {
            return List.of(
                    new Violation(GuardrailRule.PER_EXPERIMENT_MAX, Tier.EXPERIMENT.name(), max, experimentBudget));
        }
        return List.of();
    }

    /** A tier's share of the total in percent (two decimals); zero when the total is zero. */
    public BigDecimal share(Tier tier) {
        BigDecimal percent = Money.percent(tierTotal(tier), total());
        return percent == null ? BigDecimal.ZERO : percent;
    }

    /** How the tier stands against its guardrail. */
    public GuardrailStatus status(Tier tier, Guardrails guardrails) {
        BigDecimal share = share(tier);
        return switch (tier) {
            case EXPERIMENT -> {
                BigDecimal cap = guardrails.experimentCapPct();
                if (share.compareTo(cap) > 0) {
                    yield GuardrailStatus.OVER;
                }
                // within a tenth of the cap (e.g. 13.5 % of 15 %) counts as near
                yield share.compareTo(cap.multiply(new BigDecimal("0.9"))) >= 0
                        ? GuardrailStatus.NEAR
                        : GuardrailStatus.OK;
            }
            case RESERVE -> {
                BigDecimal min = guardrails.minReservePct();
                if (share.compareTo(min) < 0) {
                    yield GuardrailStatus.OVER;
                }
                yield share.compareTo(min.multiply(new BigDecimal("1.1"))) <= 0
                        ? GuardrailStatus.NEAR
                        : GuardrailStatus.OK;
            }
            case FOUNDATION -> GuardrailStatus.OK;
        };
    }

    /** Green, near the limit, or past it. */
    public enum GuardrailStatus {
        OK,
        NEAR,
        OVER
    }

    private record TierChannel(Tier tier, long channelId) {}

    private static BigDecimal sum(Iterable<BigDecimal> amounts) {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal amount : amounts) {
            total = total.add(amount);
        }
        return total;
    }
}
