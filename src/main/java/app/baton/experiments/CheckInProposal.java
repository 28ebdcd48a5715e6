package app.baton.experiments;

/**
 * What the proposer proposes at a check-in: go on, add budget, adjust (change the tactic or the split; the metrics
 * stay locked and the change is recorded), or stop early. Translated as {@code experiment.checkIn.proposal.<NAME>}.
 */
public enum CheckInProposal {
    CONTINUE,
    ADD_BUDGET,
    ADJUST,
    STOP;

    /** Whether the proposal says what changes. */
    public boolean needsChange() {
        return this == ADJUST;
    }

    /** Whether the proposal names an amount. */
    public boolean needsAmount() {
        return this == ADD_BUDGET;
    }
}
