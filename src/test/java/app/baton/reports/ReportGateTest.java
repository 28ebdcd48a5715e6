package app.baton.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How many report checks may run at once: set, or half the processors (decision 017). */
class ReportGateTest {

    @Test
    void unset_it_is_half_the_processors_and_at_least_one_and_a_setting_wins() {
        assertThat(ReportGate.allowed(0, 1)).isEqualTo(1);
        assertThat(ReportGate.allowed(0, 2)).isEqualTo(1);
        assertThat(ReportGate.allowed(0, 3)).isEqualTo(1);
        assertThat(ReportGate.allowed(0, 8)).isEqualTo(4);
        assertThat(ReportGate.allowed(-5, 8)).isEqualTo(4);
        assertThat(ReportGate.allowed(3, 2)).isEqualTo(3);
        assertThat(new ReportGate(0, java.time.Duration.ofSeconds(2)).free())
                .isEqualTo(Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
        assertThat(new ReportGate(2, java.time.Duration.ofSeconds(2)).free()).isEqualTo(2);
    }
}
