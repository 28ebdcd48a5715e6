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
 * A check-in on a running experiment: spend to date, each metric so far (in the metrics' order, empty where not
 * measured yet), a note, and the proposal — with what changes for an adjustment and the amount for more budget.
 * The check-in form is bound to this record; the service checks the same constraints.
 */
public record CheckIn(
        @NotNull(message = "money.required") @PositiveOrZero(message = "money.negative")
        BigDecimal spendToDate,

        List<ResultInput> metrics,

        @NotBlank(message = "experiment.checkIn.noteRequired")
        @Size(max = TextLimits.TEXT, message = "request.textTooLong")
        String note,

        @NotNull(message = "experiment.checkIn.proposalRequired")
        CheckInProposal proposal,

        @Size(max = TextLimits.TEXT, message = "request.textTooLong") @Nullable
        String change,

        @Nullable BigDecimal amount) {}
