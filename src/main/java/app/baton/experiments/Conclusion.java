package app.baton.experiments;

/** The founder's decision on a finished experiment. Translated as {@code experiment.conclusion.<NAME>}. */
public enum Conclusion {
    SCALE_UP,
    EXTEND,
    STOP
}
