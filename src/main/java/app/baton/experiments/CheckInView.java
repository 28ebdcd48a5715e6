package app.baton.experiments;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A check-in as its experiment's page shows it: which one, when it was due and given, by whom, and what it says (with
 * the budget request an "add budget" opened). */
public record CheckInView(
        int number,
        LocalDate due,
        Instant at,
        String by,
        BigDecimal spendToDate,
        List<@Nullable BigDecimal> metrics,
        String note,
        CheckInProposal proposal,
        @Nullable String change,
        @Nullable BigDecimal amount,
        @Nullable Long requestId) {}
