package app.baton.reports;

/** Where a version of an engagement's terms is. */
public enum TermsState {
    /** Proposed by one side, waiting for the other's acceptance (or a counter-proposal). */
    PROPOSED,
    /** Accepted by both the company (a founder) and the agency: it holds from its month. */
    AGREED,
    /** A later version was proposed before this one was agreed (a counter-proposal), or a later one was agreed. */
    SUPERSEDED
}
