package app.baton.reports;

/**
 * The responsibilities an engagement's terms assign (「確立雙方責任範圍」), a RACI-like list: who supplies the assets,
 * who approves creatives, who owns tracking, who owns the definition of a conversion, who writes the monthly report.
 */
public enum Responsibility {
    ASSETS,
    CREATIVE_APPROVAL,
    TRACKING,
    CONVERSION_DEFINITION,
    REPORTING
}
