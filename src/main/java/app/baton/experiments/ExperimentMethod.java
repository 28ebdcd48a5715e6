package app.baton.experiments;

/** How an experiment is run. Translated as {@code experiment.method.<NAME>}. */
public enum ExperimentMethod {
    AB_TEST,
    PILOT,
    MVP,
    FAKE_DOOR,
    OTHER
}
