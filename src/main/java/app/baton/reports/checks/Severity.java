package app.baton.reports.checks;

/** How much a flag matters. */
public enum Severity {
    INFO,
    WARNING,
    CRITICAL
}
