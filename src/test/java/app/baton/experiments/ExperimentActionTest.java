package app.baton.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The audit log keeps these codes forever: the enum must go on producing exactly the ones stored so far. */
class ExperimentActionTest {

    @Test
    void the_codes_are_the_ones_the_audit_log_already_holds() {
        assertThat(Arrays.stream(ExperimentAction.values()).map(ExperimentAction::code))
                .containsExactly(
                        "EXPERIMENT_CREATED",
                        "EXPERIMENT_EDITED",
                        "EXPERIMENT_SUBMITTED",
                        "EXPERIMENT_OVERRIDDEN",
                        "EXPERIMENT_PARTIALLY_APPROVED",
                        "EXPERIMENT_APPROVED",
                        "EXPERIMENT_REJECTED",
                        "EXPERIMENT_CHANGES_REQUESTED",
                        "EXPERIMENT_STARTED",
                        "EXPERIMENT_STARTS_TOMORROW",
                        "EXPERIMENT_ENDED",
                        "EXPERIMENT_RESULTS_SUBMITTED",
                        "EXPERIMENT_CONCLUDED_SCALE_UP",
                        "EXPERIMENT_CONCLUDED_EXTEND",
                        "EXPERIMENT_CONCLUDED_ADJUST",
                        "EXPERIMENT_CONCLUDED_STOP",
                        "EXPERIMENT_ATTACHMENT_ADDED",
                        "EXPERIMENT_CHECKED_IN",
                        "EXPERIMENT_ADJUSTED",
                        "EXPERIMENT_CHECK_IN_DUE",
                        "EXPERIMENT_CHECK_IN_MISSED",
                        "EXPERIMENT_APPROVED_BY_DELEGATION",
                        "DELEGATED_LIMIT_SUGGESTED");
        for (Conclusion c : Conclusion.values()) {
            assertThat(ExperimentAction.concluded(c).code()).isEqualTo("EXPERIMENT_CONCLUDED_" + c.name());
        }
    }
}
