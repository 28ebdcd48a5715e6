package app.baton.reports;

/** The kinds of entries in a report's review thread. */
public enum MessageKind {
    UPLOADED,
    QUESTION,
    ANSWER,
    COMMENT,
    ACCEPTED,
    CLARIFICATION_REQUESTED,
    REJECTED,
    FLAG_RESOLVED,
    FLAG_DISMISSED,
    /** A flag found later, when the company's sales for the month arrived (the body is the flag's code). */
    RECONCILED
}
