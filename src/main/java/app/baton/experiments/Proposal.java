package app.baton.experiments;

import app.baton.shared.TextLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a proposer writes: the experiment and its one to five pre-registered success metrics. The text limits are
 * checked on the record ({@code CommandCheck}) with the same numbers as the columns and the form's fields. It has
 * only its canonical constructor: the form's {@code Binder.writeRecord} calls the first constructor it finds.
 */
public record Proposal(
        @NotBlank(message = "experiment.titleRequired")
        @Size(max = TextLimits.NAME, message = "experiment.titleRequired")
        String title,

        @NotBlank(message = "experiment.hypothesisRequired")
        @Size(max = TextLimits.TEXT, message = "experiment.hypothesisRequired")
        String hypothesis,

        long channelId,
        @NotNull(message = "experiment.methodRequired") ExperimentMethod method,
        BigDecimal requestedBudget,
        @NotNull(message = "experiment.startRequired") LocalDate startDate,
        @NotNull(message = "experiment.endRequired") LocalDate endDate,

        @NotEmpty(message = "experiment.metrics.required")
        @Size(max = Proposal.MAX_METRICS, message = "experiment.metrics.tooMany")
        List<Metric> metrics,

        @Nullable Long engagementId,

        /* an A/B test's sizing, required for the method AB_TEST and dropped for the others */
        @Nullable AbTestPlan abTest) {

    /** At most this many success metrics. */
    public static final int MAX_METRICS = 5;
}
