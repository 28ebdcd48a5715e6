package app.baton.reports.parsing;

/** The metrics files Baton reads. */
public enum ReportFormat {
    BATON_TEMPLATE,
    GOOGLE_ADS,
    META_ADS,
    GA4,
    /** A vendor's own layout, read through the column mapping it saved once. */
    VENDOR_MAPPING
}
