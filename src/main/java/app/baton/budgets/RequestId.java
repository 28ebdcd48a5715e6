package app.baton.budgets;

/**
 * A budget change request's id where it leaves {@code budgets}: the request an experiment's conclusion opens, and the
 * address of a request's page other modules link to. An experiment's or an engagement's id cannot be passed in its
 * place.
 */
public record RequestId(long value) {}
