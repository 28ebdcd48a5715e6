package app.baton.budgets;

import app.baton.approvals.MultiFounderPolicy;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The founders' guardrails for a company.
 *
 * @param experimentCapPct the experiment tier's cap as a percentage of the total budget (default 15)
 * @param maxPerExperiment the most one experiment may get, or {@code null} for no maximum
 * @param minReservePct the reserve tier's minimum percentage of the total budget (default 5)
 * @param delegatedLimit up to this amount a successor's request that breaks no guardrail is approved on
 *     submission (default 0: nothing moves without a founder)
 * @param multiFounderPolicy whether amounts above {@code multiFounderThreshold} need every founder or any one
 * @param successorsManageEngagements whether successors may create and change vendor engagements (default no)
 */
public record Guardrails(
        BigDecimal experimentCapPct,
        @Nullable BigDecimal maxPerExperiment,
        BigDecimal minReservePct,
        BigDecimal delegatedLimit,
        MultiFounderPolicy multiFounderPolicy,
        BigDecimal multiFounderThreshold,
        boolean successorsManageEngagements) {

    public Guardrails(
            BigDecimal experimentCapPct,
            @Nullable BigDecimal maxPerExperiment,
            BigDecimal minReservePct,
            BigDecimal delegatedLimit,
            MultiFounderPolicy multiFounderPolicy,
            BigDecimal multiFounderThreshold) {
        this(
                experimentCapPct,
                maxPerExperiment,
                minReservePct,
                delegatedLimit,
                multiFounderPolicy,
                multiFounderThreshold,
                false);
    }

    public static Guardrails defaults() {
        return new Guardrails(
                new BigDecimal("15.00"),
                null,
                new BigDecimal("5.00"),
                BigDecimal.ZERO,
                MultiFounderPolicy.ANY_FOUNDER,
                BigDecimal.ZERO);
    }

    /**
     * The founders whose yes a decision on {@code amount} still needs under these guardrails' multi-founder policy
     * ({@link app.baton.approvals.ApprovalPolicy#stillNeeded}): the one call behind requests and experiments.
     */
    public java.util.Set<Long> stillNeeded(
            BigDecimal amount, java.util.Set<Long> founders, long requester, java.util.Set<Long> approvedBy) {
        return app.baton.approvals.ApprovalPolicy.stillNeeded(
                amount, multiFounderPolicy, multiFounderThreshold, founders, requester, approvedBy);
    }
}
