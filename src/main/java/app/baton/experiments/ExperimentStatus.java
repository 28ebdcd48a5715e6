package app.baton.experiments;

/** Where an experiment stands. Translated as {@code experiment.status.<NAME>}. */
public enum ExperimentStatus {
    DRAFT,
    SUBMITTED,
    /** A founder asked for changes; the proposer edits (comments stay on the record) and submits again. */
    CHANGES_REQUESTED,
    APPROVED,
    REJECTED,
    RUNNING,
    RESULTS_SUBMITTED,
    CONCLUDED;

    /** The proposer may still change the proposal. */
    public boolean editable() {
        return this == DRAFT || this == CHANGES_REQUESTED;
    }
}
