package app.baton.experiments;

import app.baton.budgets.Tier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * A founder's conclusion. SCALE_UP asks for {@code amount} more in {@code targetTier} (the experiment tier when
 * absent); EXTEND moves the end to {@code newEnd} and asks for {@code amount} when above zero; STOP releases what was
 * not spent. The extra money starts in {@code firstMonth} (one of the months offered; next month when absent).
 */
public record ConcludeCommand(
        Conclusion decision,
        @Nullable Tier targetTier,
        @Nullable BigDecimal amount,
        @Nullable LocalDate newEnd,
        @Nullable YearMonth firstMonth,
        @Nullable String comment) {}
