package app.baton.experiments;

import app.baton.shared.TextLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a proposer writes: the experiment and its one to five pre-registered success metrics. The text limits are
 * checked on the record ({@code CommandCheck}) with the same numbers as the columns and the form's fields.
 */
public record Proposal(
        @NotBlank(message = "experiment.titleRequired")
        @Size(max = TextLimits.NAME, message = "experiment.titleRequired")
        String title,

        @NotBlank(message = "experiment.hypothesisRequired")
        @Size(max = TextLimits.TEXT, message = "experiment.hypothesisRequired")
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
