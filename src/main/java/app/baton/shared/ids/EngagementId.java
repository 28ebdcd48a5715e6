package app.baton.shared.ids;

/**
 * An agency engagement's id where it crosses into another module: an experiment names the engagement that runs it,
 * and {@code experiments} reads it from {@code reports}; an experiment's or a request's id cannot be passed in its
 * place.
 */
public record EngagementId(long value) {}
