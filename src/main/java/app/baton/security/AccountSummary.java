package app.baton.security;

/** A person's account as other modules see it. */
public record AccountSummary(long userId, String email, String displayName, String languageTag) {}
