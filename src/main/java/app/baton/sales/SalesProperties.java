package app.baton.sales;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the company's own sales are taken in, checked when the application starts.
 *
 * @param roasFactor {@code baton.sales.roas-factor}: the flag's factor until a company sets its own
 * @param maxMegabytes {@code baton.sales.max-megabytes}: the largest sales export accepted
 * @param customerKeySecret {@code baton.sales.customer-key-secret} ({@code BATON_CUSTOMER_KEY_SECRET}): the secret
 *     customer keys are hashed with (個人資料保護法: no customer key is kept as sent)
 */
@ConfigurationProperties("baton.sales")
@Validated
record SalesProperties(
        @DefaultValue("2") @Positive BigDecimal roasFactor,
        @DefaultValue("150") @Positive long maxMegabytes,
        @NotBlank String customerKeySecret) {

    long maxBytes() {
        return maxMegabytes * 1024 * 1024;
    }
}
