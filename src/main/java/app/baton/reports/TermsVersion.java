package app.baton.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One version of an engagement's terms as shown: who proposed it, when and why, what it says, and who accepted it
 * for each side; {@code agreedFrom} is the month it holds from once both have.
 */
public record TermsVersion(
        int number,
        TermsState state,
        Party proposedSide,
        String proposedBy,
        Instant proposedAt,
        String reason,
        BigDecimal monthlyFee,
        BigDecimal mediaSpendCap,
        String deliverables,
        String vendorDuties,
        String inHouseDuties,
        List<EngagementTarget> targets,
        Map<Responsibility, Party> responsibilities,
        @Nullable Long internalContactUserId,
        @Nullable String internalContact,
        @Nullable String companyAcceptedBy,
        @Nullable Instant companyAcceptedAt,
        @Nullable String agencyAcceptedBy,
        @Nullable Instant agencyAcceptedAt,
        @Nullable YearMonth agreedFrom,
        java.time.@Nullable LocalDate termEnd) {}
