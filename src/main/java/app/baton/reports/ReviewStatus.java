package app.baton.reports;

/** Where a report version stands in its review. */
public enum ReviewStatus {
    SUBMITTED,
    ACCEPTED,
    CLARIFICATION_REQUESTED,
    REJECTED;

    public boolean open() {
        return this == SUBMITTED;
    }

    /** The company may still decide on a version in this state: submitted, or asked to clarify. */
    public boolean reviewable() {
        return this == SUBMITTED || this == CLARIFICATION_REQUESTED;
    }
}
