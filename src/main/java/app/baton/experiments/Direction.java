package app.baton.experiments;

/** Whether more or less of a metric is better. */
public enum Direction {
    HIGHER,
    LOWER
}
