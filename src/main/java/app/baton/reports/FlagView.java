package app.baton.reports;

import app.baton.reports.checks.Flag;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A flag with what became of it. */
public record FlagView(
        long id,
        Flag flag,
        FlagState state,
        @Nullable String resolution,
        @Nullable String resolvedBy,
        @Nullable Instant resolvedAt) {}
