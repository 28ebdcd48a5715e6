package app.baton.budgets;

/** What a budget change request does. Translated as {@code request.kind.<NAME>}. */
public enum RequestKind {
    /** New money into a tier and channel: the total grows. */
    INCREASE,
    /** Money out of a tier and channel: the total shrinks. */
    DECREASE,
    /** From one tier, channel or month to another: the total stays. */
    MOVE,
    /** From the reserve to another tier: the total stays. */
    RESERVE_DRAW;

    public boolean hasSource() {
        return this != INCREASE;
    }

    public boolean hasTarget() {
        return this != DECREASE;
    }
}
