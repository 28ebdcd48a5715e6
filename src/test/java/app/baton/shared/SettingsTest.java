package app.baton.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The shared settings are bound once, with their defaults, and a wrong one stops the application at start-up with
 * its name instead of failing later in a request. Each module's own settings are checked in its package.
 */
class SettingsTest {

    @EnableConfigurationProperties(SharedProperties.class)
    static class Bound {}

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Bound.class);

    @Test
    void the_defaults_hold_when_nothing_is_set() {
        runner.run(context -> {
            SharedProperties settings = context.getBean(SharedProperties.class);
            assertThat(settings.baseUrl()).isEmpty();
            assertThat(settings.filesDir()).isEqualTo("./data/files");
            assertThat(settings.mail().from()).isEqualTo("baton@localhost");
            assertThat(settings.files().s3().region()).isEqualTo("us-east-1");
        });
    }

    @Test
    void a_sender_that_is_not_an_address_stops_the_start_with_its_name() {
        runner.withPropertyValues("baton.mail.from=not an address")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("baton.mail.from"));
    }
}
