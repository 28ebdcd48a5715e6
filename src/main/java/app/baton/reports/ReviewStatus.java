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
}
