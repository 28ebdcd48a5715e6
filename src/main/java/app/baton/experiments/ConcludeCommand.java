package app.baton.experiments;

import app.baton.budgets.Tier;
import app.baton.shared.TextLimits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * A founder's conclusion. SCALE_UP asks for {@code amount} more in {@code targetTier} (the experiment tier when
 * absent); EXTEND moves the end to {@code newEnd} and asks for {@code amount} when above zero; STOP releases what was
 * not spent. The extra money starts in {@code firstMonth} (one of the months offered; next month when absent). The
 * conclusion dialog is bound to this record ({@code CommandBinder}).
 */
public record ConcludeCommand(
        @NotNull(message = "experiment.conclude.decisionRequired")
        Conclusion decision,

        @Nullable Tier targetTier,
        @Nullable BigDecimal amount,
        @Nullable LocalDate newEnd,
        @Nullable YearMonth firstMonth,

        @Nullable @Size(max = TextLimits.TEXT, message = "request.textTooLong")
        String comment) {

    /** What a stop keeps: nothing is asked for, so no amount and no first month. */
    public ConcludeCommand asDecided() {
        return decision == Conclusion.STOP || decision == Conclusion.ADJUST
                ? new ConcludeCommand(decision, targetTier, null, newEnd, null, comment)
                : this;
    }
}
