package app.baton.budgets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The audit log and the notifications keep these codes: the enum must go on producing exactly these. */
class RequestDecisionTest {

    @Test
    void the_codes_and_the_requesters_notification_kinds_are_the_stored_ones() {
        assertThat(Arrays.stream(RequestDecision.values()).map(RequestDecision::code))
                .containsExactly(
                        "BUDGET_REQUEST_APPROVED",
                        "BUDGET_REQUEST_APPROVED_BY_DELEGATION",
                        "BUDGET_REQUEST_PARTIALLY_APPROVED",
                        "BUDGET_REQUEST_REJECTED",
                        "BUDGET_REQUEST_WITHDRAWN");
        assertThat(RequestDecision.APPROVED_BY_DELEGATION.outcomeKind())
                .isEqualTo("BUDGET_REQUEST_OUTCOME_APPROVED_BY_DELEGATION");
    }
}
