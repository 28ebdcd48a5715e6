package app.baton.experiments;

/** The founder's decision on a finished experiment. Translated as {@code experiment.conclusion.<NAME>}. */
public enum Conclusion {
    SCALE_UP,
    EXTEND,
    /** Change the tactic or the split and run on to a later end; the metrics stay locked, the change is recorded. */
    ADJUST,
    STOP
}
