package app.baton.experiments;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of an experiment's history: what, who, when, and the comment or reason given. */
public record HistoryLine(
        String action, @Nullable String who, @Nullable String comment, Instant at) {}
