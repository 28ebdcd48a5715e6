package app.baton.experiments;

/**
 * Where a metric's result came from: the company's own sales data for the experiment's days (the ground truth), the
 * accepted reports of the engagement the experiment names, or typed in by a person (self-reported). Translated as
 * {@code experiment.source.<NAME>}.
 */
public enum MetricSource {
    OWN_SALES,
    REPORTS,
    SELF_REPORTED
}
