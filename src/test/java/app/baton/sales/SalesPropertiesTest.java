package app.baton.sales;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The sales settings: without the customer-key secret the application does not start (個人資料保護法). */
class SalesPropertiesTest {

    @EnableConfigurationProperties(SalesProperties.class)
    static class Bound {}

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Bound.class);

    @Test
    void without_the_customer_key_secret_the_start_is_refused_with_its_name() {
        runner.run(context ->
                assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("customerKeySecret"));
    }

    @Test
    void with_it_the_defaults_hold() {
        runner.withPropertyValues("baton.sales.customer-key-secret=s").run(context -> {
            SalesProperties settings = context.getBean(SalesProperties.class);
            assertThat(settings.roasFactor()).isEqualByComparingTo("2");
            assertThat(settings.maxBytes()).isEqualTo(150L * 1024 * 1024);
        });
    }
}
