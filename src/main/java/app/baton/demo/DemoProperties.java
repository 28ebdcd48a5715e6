package app.baton.demo;

import jakarta.validation.constraints.PositiveOrZero;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What the demo data adds, checked when the application starts.
 *
 * @param vendorToken {@code baton.demo.vendor-token} ({@code BATON_DEMO_VENDOR_TOKEN}): an API token for the demo
 *     agency, for trying the API; none when blank
 * @param loadCompanies {@code baton.demo.load-companies}: extra companies for load runs (decision 017)
 * @param loadUsersFile {@code baton.demo.load-users-file}: where the load run's sign-ins are written
 */
@ConfigurationProperties("baton.demo")
@Validated
record DemoProperties(
        @Nullable String vendorToken,
        @DefaultValue("0") @PositiveOrZero int loadCompanies,
        @Nullable String loadUsersFile) {

    @Nullable
    String token() {
        return vendorToken == null || vendorToken.isBlank() ? null : vendorToken;
    }
}
