package app.baton.budgets;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One founder's yes. */
public record ApprovalView(
        String founderName, Instant at, @Nullable String overrideReason) {}
