package app.baton.reports.checks;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the history-based checks know of an engagement: its monthly fee and media spend cap, and its earlier
 * accepted months (newest first), each with its sums, campaigns and stated definitions.
 */
public record History(BigDecimal monthlyFee, BigDecimal mediaSpendCap, List<Month> accepted) {

    public History {
        accepted = List.copyOf(accepted);
    }

    /** One accepted month: the sums per metric name, the campaigns and the stated definitions. */
    public record Month(YearMonth month, Map<String, BigDecimal> sums, Set<String> campaigns, Set<String> definitions) {

        public Month {
            sums = Map.copyOf(sums);
            campaigns = Set.copyOf(campaigns);
            definitions = Set.copyOf(definitions);
        }
    }

    /** The accepted month just before {@code month}, if there is one. */
    public @Nullable Month previous(YearMonth month) {
        return accepted.stream()
                .filter(m -> m.month().equals(month.minusMonths(1)))
                .findFirst()
                .orElse(null);
    }

    /** Up to three accepted months before {@code month}, newest first. */
    public List<Month> trailing(YearMonth month) {
        return accepted.stream()
                .filter(m -> m.month().isBefore(month) && !m.month().isBefore(month.minusMonths(3)))
                .limit(3)
                .toList();
    }
}
