package app.baton.experiments;

/**
 * Where a metric's result came from: the accepted reports of the engagement the experiment names, or typed in by a
 * person (self-reported). Translated as {@code experiment.source.<NAME>}.
 */
public enum MetricSource {
    REPORTS,
    SELF_REPORTED
}
