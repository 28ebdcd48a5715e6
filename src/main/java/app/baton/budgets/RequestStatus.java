package app.baton.budgets;

/** Where a budget change request stands. Translated as {@code request.status.<NAME>}. */
public enum RequestStatus {
    SUBMITTED,
    /** The "every founder" policy applies and some founders have not approved yet. */
    PARTIALLY_APPROVED,
    APPROVED,
    REJECTED,
    WITHDRAWN;

    /** Still waiting for a decision. */
    public boolean open() {
        return this == SUBMITTED || this == PARTIALLY_APPROVED;
    }
}
