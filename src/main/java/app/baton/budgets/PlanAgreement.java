package app.baton.budgets;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Whether both generations agreed a plan (issue 18, decision 020): the version concerned (a draft's current one; an
 * active plan's activated one), each generation's signature on it, and whether it is agreed — both signed it, or a
 * founder of a company without a successor did. {@code earlierSuccessorSignature}: the successor signed an earlier
 * version of the draft, changed since.
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
        boolean mayISign) {}
