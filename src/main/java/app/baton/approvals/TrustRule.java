package app.baton.approvals;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * The founder's rule for growing a successor's delegated authority, set once: after {@code experiments} concluded
 * experiments (counted since the authority last changed) of which at least {@code metSharePct} % met every target and
 * none was approved over a guardrail, raise the limits by {@code raisePct} %, never above {@code ceiling} per request.
 * With a {@code tierStepPct} above zero, the same step also raises the experiment tier's cap by that many points, never
 * above {@code tierCeilingPct} (the seeds' path from a small experimental share to a larger one). Inactive, it raises
 * nothing. The constraints are what the rule's form checks as the founder types; the service checks them again.
 */
public record TrustRule(
        boolean active,

        @Min(value = 1, message = "authority.rule.experimentsRange")
        @Max(value = 20, message = "authority.rule.experimentsRange")
        int experiments,

        @NotNull(message = "authority.rule.percentRange")
        @DecimalMin(value = "0", message = "authority.rule.percentRange")
        @DecimalMax(value = "100", message = "authority.rule.percentRange")
        @Digits(integer = 3, fraction = 2, message = "authority.rule.percentRange")
        BigDecimal metSharePct,

        @NotNull(message = "authority.rule.raiseRange")
        @DecimalMin(value = "1", message = "authority.rule.raiseRange")
        @DecimalMax(value = "200", message = "authority.rule.raiseRange")
        @Digits(integer = 3, fraction = 2, message = "authority.rule.raiseRange")
        BigDecimal raisePct,

        @NotNull(message = "authority.rule.ceilingRequired") @DecimalMin(value = "0", message = "money.negative")
        BigDecimal ceiling,

        @NotNull(message = "authority.rule.tierRange")
        @DecimalMin(value = "0", message = "authority.rule.tierRange")
        @DecimalMax(value = "20", message = "authority.rule.tierRange")
        @Digits(integer = 2, fraction = 2, message = "authority.rule.tierRange")
        BigDecimal tierStepPct,

        @NotNull(message = "authority.rule.tierRange")
        @DecimalMin(value = "0", message = "authority.rule.tierRange")
        @DecimalMax(value = "100", message = "authority.rule.tierRange")
        @Digits(integer = 3, fraction = 2, message = "authority.rule.tierRange")
        BigDecimal tierCeilingPct) {

    /** The rule the example names, inactive until the founder turns it on: 3 experiments, 2/3, +50 %. */
    public static TrustRule suggested() {
        return new TrustRule(
                false,
                3,
                new BigDecimal("66.67"),
                new BigDecimal("50"),
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO);
    }
}
