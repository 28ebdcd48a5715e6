package app.baton.experiments;

/**
 * What happened to an experiment: the one list of them, each with the stable code the audit log stores and
 * translates ({@code audit.action.<code>}) and the notifications' kinds are named after.
 */
public enum ExperimentAction {
    CREATED,
    EDITED,
    SUBMITTED,
    /** A founder approved above the per-experiment maximum with a written reason. */
    OVERRIDDEN,
    PARTIALLY_APPROVED,
    APPROVED,
    REJECTED,
    CHANGES_REQUESTED,
    STARTED,
    /** The scheduler's reminder the day before the start. */
    STARTS_TOMORROW,
    /** The scheduler's reminder that the end date has passed: results are due. */
    ENDED,
    RESULTS_SUBMITTED,
    CONCLUDED_SCALE_UP,
    CONCLUDED_EXTEND,
    CONCLUDED_ADJUST,
    CONCLUDED_STOP,
    ATTACHMENT_ADDED,
    /** The proposer checked in on a running experiment: continue, add budget or stop early. */
    CHECKED_IN,
    /** A check-in that adjusts the tactic or the split (the metrics stay locked). */
    ADJUSTED,
    /** The scheduler's reminder on the day a check-in is due. */
    CHECK_IN_DUE,
    /** The scheduler's reminder that a check-in is past its date. */
    CHECK_IN_MISSED,
    /** A successor's experiment approved on submission within their delegated authority. */
    APPROVED_BY_DELEGATION,
    /** A conclusion made the proposer's record strong enough to suggest a higher delegated limit. */
    DELEGATED_LIMIT_SUGGESTED("DELEGATED_LIMIT_SUGGESTED");

    private final String code;

    ExperimentAction() {
        this.code = "EXPERIMENT_" + name();
    }

    ExperimentAction(String code) {
        this.code = code;
    }

    /** The stored and translated code, e.g. {@code EXPERIMENT_APPROVED}. */
    public String code() {
        return code;
    }

    /** The conclusion's action. */
    public static ExperimentAction concluded(Conclusion decision) {
        return valueOf("CONCLUDED_" + decision.name());
    }
}
