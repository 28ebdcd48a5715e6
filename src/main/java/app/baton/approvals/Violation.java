package app.baton.approvals;

import java.math.BigDecimal;

/**
 * One guardrail a change would break: the rule, where (a tier, channel or month, already in words that need no
 * translation such as {@code EXPERIMENT} or a channel id), the limit and the value it would have.
 * Shares are percentages; other figures are money in the plan's currency.
 */
public record Violation(GuardrailRule rule, String where, BigDecimal limit, BigDecimal value) {

    public boolean overridable() {
        return rule.overridable();
    }
}
