package app.baton.approvals;

/** The founders' guardrails a change can break. Translated as {@code guardrail.rule.<NAME>}. */
public enum GuardrailRule {
    /** The experiment tier would take more than its cap's share of the total budget. */
    EXPERIMENT_CAP,
    /** The reserve tier would fall under its minimum share of the total budget. */
    MIN_RESERVE,
    /** One experiment would get more than the most a single experiment may get. */
    PER_EXPERIMENT_MAX,
    /** A month or channel would be planned below what has already been spent there. */
    BELOW_SPENT,
    /** A tier, channel or month would go below zero: never allowed, not even with an override. */
    BELOW_ZERO;

    /** Whether a founder may override this rule with a written reason. */
    public boolean overridable() {
        return this != BELOW_ZERO;
    }
}
