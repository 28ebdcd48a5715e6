package app.baton.budgets;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A founder sets a successor's delegated authority by hand: a per-request limit, a monthly total at least as large,
 * and the reason. The constraints are what the authority page's form checks; the service checks them again.
 */
public record AuthorityChange(
        @NotNull(message = "authority.amountRequired") @DecimalMin(value = "0", message = "money.negative")
        BigDecimal perRequest,

        @NotNull(message = "authority.amountRequired") @DecimalMin(value = "0", message = "money.negative")
        BigDecimal monthly,

        @NotBlank(message = "authority.reasonRequired")
        @Size(max = app.baton.shared.TextLimits.TEXT, message = "authority.reasonTooLong")
        String reason) {}
