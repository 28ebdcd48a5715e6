package app.baton.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The reports' settings: the defaults, and a size of zero refused at start-up with the setting's name. */
class ReportPropertiesTest {

    @EnableConfigurationProperties(ReportProperties.class)
    static class Bound {}

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Bound.class);

    @Test
    void the_defaults_hold_when_nothing_is_set() {
        runner.run(context -> {
            ReportProperties settings = context.getBean(ReportProperties.class);
            assertThat(settings.maxBytes()).isEqualTo(20L * 1024 * 1024);
            assertThat(settings.concurrentChecks()).isZero();
            assertThat(settings.checkWait()).isEqualTo(Duration.ofSeconds(2));
        });
    }

    @Test
    void a_largest_file_of_zero_megabytes_stops_the_start() {
        runner.withPropertyValues("baton.reports.max-megabytes=0")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("baton.reports.max-megabytes"));
    }
}
