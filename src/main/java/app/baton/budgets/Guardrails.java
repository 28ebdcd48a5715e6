package app.baton.budgets;

import app.baton.approvals.MultiFounderPolicy;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The founders' guardrails for a company. The shares' constraints are what the guardrails page checks as the founder
 * types (its {@code CommandBinder}); the service checks them again. Only the canonical constructor: the page's {@code
 * Binder.writeRecord} calls the first constructor it finds.
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
        @NotNull(message = "guardrails.percentRange")
        @DecimalMin(value = "0", message = "guardrails.percentRange")
        @DecimalMax(value = "100", message = "guardrails.percentRange")
        @Digits(integer = 3, fraction = 2, message = "guardrails.percentDecimals")
        BigDecimal experimentCapPct,

        @Nullable BigDecimal maxPerExperiment,

        @NotNull(message = "guardrails.percentRange")
        @DecimalMin(value = "0", message = "guardrails.percentRange")
        @DecimalMax(value = "100", message = "guardrails.percentRange")
        @Digits(integer = 3, fraction = 2, message = "guardrails.percentDecimals")
        BigDecimal minReservePct,

        BigDecimal delegatedLimit,
        @NotNull(message = "guardrails.policyRequired") MultiFounderPolicy multiFounderPolicy,
        BigDecimal multiFounderThreshold,
        boolean successorsManageEngagements) {

    public static Guardrails defaults() {
        return new Guardrails(
                new BigDecimal("15.00"),
                null,
                new BigDecimal("5.00"),
                BigDecimal.ZERO,
                MultiFounderPolicy.ANY_FOUNDER,
                BigDecimal.ZERO,
                false);
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
