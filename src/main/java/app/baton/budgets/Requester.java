package app.baton.budgets;

/** A person who has asked for something, for the requester filter. */
public record Requester(long userId, String name) {}
