package app.baton.reports;

/** What became of a red flag: still open, asked about in the thread, or closed with a reason. */
public enum FlagState {
    OPEN,
    QUESTIONED,
    RESOLVED,
    DISMISSED;

    public boolean closed() {
        return this == RESOLVED || this == DISMISSED;
    }
}
