package app.baton.shared.ids;

/**
 * An experiment's id where it crosses into another module: the experiment tier's reservations in {@code budgets}
 * are held for an experiment, and a request's or an engagement's id cannot be passed in its place. It lives in the
 * shared kernel because {@code budgets} may not depend on {@code experiments} (decision 001).
 */
public record ExperimentId(long value) {}
