package app.baton.experiments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a proposer writes: the experiment and its one to five pre-registered success metrics. */
public record Proposal(
        String title,
        String hypothesis,
        long channelId,
        ExperimentMethod method,
        BigDecimal requestedBudget,
        LocalDate startDate,
        LocalDate endDate,
        List<Metric> metrics,
        @Nullable Long engagementId) {

    /** A proposal without an agency. */
    public Proposal(
            String title,
            String hypothesis,
            long channelId,
            ExperimentMethod method,
            BigDecimal requestedBudget,
            LocalDate startDate,
            LocalDate endDate,
            List<Metric> metrics) {
        this(title, hypothesis, channelId, method, requestedBudget, startDate, endDate, metrics, null);
    }
}
