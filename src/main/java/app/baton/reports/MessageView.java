package app.baton.reports;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One entry of the thread. */
public record MessageView(
        long id,
        long versionId,
        int versionNumber,
        MessageKind kind,
        @Nullable Long flagId,
        String body,
        String author,
        boolean fromAgency,
        Instant at) {}
