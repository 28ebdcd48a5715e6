package app.baton.approvals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How a successor's delegated authority grows by the founder's {@link TrustRule}: which concluded experiments count
 * (those concluded after the authority last changed, so each step rests on its own record), whether they qualify,
 * and the raise. Plain and unit-tested; the budgets module stores and applies what it answers.
 */
public final class TrustPolicy {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TrustPolicy() {}

    /** One concluded experiment of the successor, as the rule reads it. */
    public record Concluded(long experimentId, Instant concludedAt, boolean metEveryTarget, boolean overridden) {}

    /** The record since the last change, against what the rule asks. */
    public record Progress(int concluded, int met, int overridden, int needed, boolean qualifies) {

        /** Experiments still to conclude before the next step (0 when the count is reached). */
        public int stillToConclude() {
            return Math.max(0, needed - concluded);
        }
    }

    /** A raise: the limits after it. */
    public record Raise(BigDecimal perRequest, BigDecimal monthly) {}

    /** The experiments that count for the next step: concluded after {@code since} (all when null). */
    public static List<Concluded> since(List<Concluded> all, @Nullable Instant since) {
        return all.stream()
                .filter(c -> since == null || c.concludedAt().isAfter(since))
                .toList();
    }

    /** How far {@code counted} goes towards the rule's next step. */
    public static Progress progress(TrustRule rule, List<Concluded> counted) {
        int met = (int) counted.stream().filter(Concluded::metEveryTarget).count();
        int overridden = (int) counted.stream().filter(Concluded::overridden).count();
        boolean enough = counted.size() >= rule.experiments();
        // the share as the rule's form writes it (two decimals): two of three is 66.67 %, which meets "66.67 %"
        boolean share = !counted.isEmpty()
                && BigDecimal.valueOf(met)
                                .multiply(HUNDRED)
                                .divide(BigDecimal.valueOf(counted.size()), 2, RoundingMode.HALF_UP)
                                .compareTo(rule.metSharePct())
                        >= 0;
        return new Progress(
                counted.size(),
                met,
                overridden,
                rule.experiments(),
                rule.active() && enough && share && overridden == 0);
    }

    /**
     * The experiment tier's cap after a qualifying step: {@code capPct} plus the rule's step, never above its
     * ceiling; empty when the rule has no step or the cap is at (or past) the ceiling already.
     */
    public static Optional<BigDecimal> capRaise(TrustRule rule, BigDecimal capPct) {
        if (!rule.active() || rule.tierStepPct().signum() <= 0 || capPct.compareTo(rule.tierCeilingPct()) >= 0) {
            return Optional.empty();
        }
        return Optional.of(capPct.add(rule.tierStepPct()).min(rule.tierCeilingPct()));
    }

    /** The raise the rule gives now, if any: {@link #raiseOnceQualified} when {@code counted} qualifies. */
    public static Optional<Raise> raise(
            TrustRule rule, BigDecimal perRequest, BigDecimal monthly, List<Concluded> counted, int scale) {
        return progress(rule, counted).qualifies()
                ? raiseOnceQualified(rule, perRequest, monthly, scale)
                : Optional.empty();
    }

    /**
     * The raise an active rule gives to a qualifying record: none while the per-request limit is zero or at the
     * ceiling. The per-request limit grows by the rule's percentage up to the ceiling; the monthly total grows in the
     * same proportion (never below the per-request limit). Amounts are rounded down to {@code scale} decimals.
     */
    public static Optional<Raise> raiseOnceQualified(
            TrustRule rule, BigDecimal perRequest, BigDecimal monthly, int scale) {
        if (!rule.active() || perRequest.signum() <= 0 || perRequest.compareTo(rule.ceiling()) >= 0) {
            return Optional.empty();
        }
        BigDecimal factor = BigDecimal.ONE.add(rule.raisePct().divide(HUNDRED, 6, RoundingMode.HALF_UP));
        BigDecimal raised = perRequest.multiply(factor).min(rule.ceiling()).setScale(scale, RoundingMode.DOWN);
        BigDecimal monthlyRaised = monthly.multiply(raised)
                .divide(perRequest, scale, RoundingMode.DOWN)
                .max(raised);
        return Optional.of(new Raise(raised, monthlyRaised));
    }
}
