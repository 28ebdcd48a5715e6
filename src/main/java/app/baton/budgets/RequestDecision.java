package app.baton.budgets;

/**
 * What became of a budget request: the one list, each with the code the audit log stores and translates
 * ({@code audit.action.<code>}), and the notification kind the requester gets ({@link #outcomeKind()}).
 */
public enum RequestDecision {
    APPROVED,
    APPROVED_BY_DELEGATION,
    PARTIALLY_APPROVED,
    REJECTED,
    WITHDRAWN;

    /** The stored and translated code, e.g. {@code BUDGET_REQUEST_APPROVED}. */
    public String code() {
        return "BUDGET_REQUEST_" + name();
    }

    /** The requester's notification kind, e.g. {@code BUDGET_REQUEST_OUTCOME_APPROVED}. */
    public String outcomeKind() {
        return "BUDGET_REQUEST_OUTCOME_" + name();
    }
}
