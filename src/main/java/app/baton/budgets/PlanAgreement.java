package app.baton.budgets;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Whether both generations agreed a plan (issue 18, decision 020): the version concerned (a draft's current one; an
 * active plan's activated one), each generation's signature on it, and whether it is agreed — both signed it, or a
 * founder of a company without a successor did. {@code earlierSuccessorSignature}: the successor signed an earlier
 * version of the draft, changed since; {@code since}: what changed in the draft since the latest signature on an
 * earlier version (none when nobody signed an earlier one).
 */
public record PlanAgreement(
        long version,
        @Nullable String founderSignedBy,
        @Nullable Instant founderSignedAt,
        @Nullable String successorSignedBy,
        @Nullable Instant successorSignedAt,
        boolean agreed,
        boolean founderAlone,
        boolean earlierSuccessorSignature,
        boolean mayISign,
        @Nullable SinceSigned since) {

    /**
     * A draft's changes since a signature on an earlier version: who signed which version when, the header figures
     * before and after where they changed, and each amount that changed (a new cell from zero, a removed one to zero).
     */
    public record SinceSigned(
            long version,
            String signedBy,
            app.baton.security.MembershipRole role,
            Instant at,
            @Nullable BigDecimal forecastBefore,
            @Nullable BigDecimal totalBefore,
            List<CellChange> cells) {}
}
