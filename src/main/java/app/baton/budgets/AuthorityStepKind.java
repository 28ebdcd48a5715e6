package app.baton.budgets;

/** How a successor's delegated authority changed. Translated as {@code authority.step.<NAME>}. */
public enum AuthorityStepKind {
    /** A founder set the limits by hand, up or down, with a reason. */
    SET,
    /** The founder's rule raised them when the successor's record qualified. */
    RAISED_BY_RULE;

    /** The audit log's code. */
    public String code() {
        return "AUTHORITY_" + name();
    }
}
