package app.baton.experiments;

import app.baton.shared.TextLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A running experiment's results: one input per metric in order, the actual spend, and what was learnt. The results
 * form is bound to this record ({@code CommandBinder}) and the service checks the same constraints ({@code
 * CommandCheck}), so the form and the service refuse with the same words.
 */
public record Results(
        List<ResultInput> metrics,

        @NotNull(message = "money.required") @PositiveOrZero(message = "money.negative")
        BigDecimal spend,

        @NotBlank(message = "experiment.learningsRequired")
        @Size(max = TextLimits.LONG_TEXT, message = "request.textTooLong")
        String learnings,

        /* an A/B test's counts per group, for the method AB_TEST */
        @Nullable AbTestCounts abTest) {}
