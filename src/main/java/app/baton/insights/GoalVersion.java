package app.baton.insights;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One version of the goal sheet as the goals page shows it: its figures, who drafted it, each generation's signature,
 * whether it is agreed, and whether it is the one in force this month.
 */
public record GoalVersion(
        long id,
        int number,
        GoalSheet sheet,
        String draftedBy,
        Instant draftedAt,
        @Nullable String founderSignedBy,
        @Nullable Instant founderSignedAt,
        @Nullable String successorSignedBy,
        @Nullable Instant successorSignedAt,
        boolean agreed,
        boolean founderAlone,
        boolean inForce,
        long version) {}
