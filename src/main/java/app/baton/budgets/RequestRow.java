package app.baton.budgets;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A request in a list. */
public record RequestRow(
        long id,
        RequestKind kind,
        RequestStatus status,
        BigDecimal amount,
        String currency,
        @Nullable Tier fromTier,
        @Nullable Long fromChannelId,
        @Nullable Tier toTier,
        @Nullable Long toChannelId,
        long requesterUserId,
        String requesterName,
        Instant submittedAt,
        boolean delegated,
        boolean hasViolations) {}
