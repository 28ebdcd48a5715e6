package app.baton.reports.internal;

import app.baton.reports.FlagState;

/** How many of an engagement's red flags (over all its versions) are in a state. */
public record FlagCount(long engagementId, FlagState state, long count) {}
