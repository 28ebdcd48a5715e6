package app.baton.reports.internal;

/** A count for one report version, e.g. its open red flags. */
public record VersionCount(long reportVersionId, long count) {}
