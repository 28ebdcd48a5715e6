package app.baton.reports;

/** What a missed target is attributed to. */
public enum MissCause {
    AGENCY,
    COMPANY,
    OUTSIDE_EVENT
}
