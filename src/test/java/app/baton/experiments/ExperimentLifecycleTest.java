package app.baton.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.baton.experiments.internal.ExperimentEntity;
import app.baton.shared.DomainException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Every transition of the experiment lifecycle, allowed and forbidden. Who may make it is the service's. */
class ExperimentLifecycleTest {

    static final long PROPOSER = 3;
    static final long FOUNDER = 1;
    static final Instant NOW = Instant.parse("2027-01-05T02:00:00Z");

    static Proposal proposal() {
        return new Proposal(
                "LINE 好友募集",
                "If we run a LINE friends campaign, then CAC falls, because …",
                7,
                ExperimentMethod.PILOT,
                new BigDecimal("30000"),
                LocalDate.of(2027, 2, 1),
                LocalDate.of(2027, 3, 31),
                List.of(MetricTest.cr("0.02", "0.03"), MetricTest.cac("1500", "1200")),
                null,
                null);
    }

    static ExperimentEntity draft() {
        return new ExperimentEntity(proposal(), PROPOSER, "Asia/Taipei", NOW);
    }

    static ExperimentEntity in(ExperimentStatus status) {
        ExperimentEntity e = draft();
        if (status == ExperimentStatus.DRAFT) {
            return e;
        }
        e.submit(PROPOSER, NOW);
        switch (status) {
            case SUBMITTED -> {}
            case CHANGES_REQUESTED -> e.requestChanges(FOUNDER, "smaller please", NOW);
            case REJECTED -> e.reject(FOUNDER, "no", NOW);
            default -> {
                e.addApproval(FOUNDER, null, NOW);
                e.markApproved(CheckInCadence.DEFAULT, NOW);
                if (status == ExperimentStatus.APPROVED) {
                    return e;
                }
                e.start(null, NOW);
                if (status == ExperimentStatus.RUNNING) {
                    return e;
                }
                e.submitResults(
                        PROPOSER,
                        Arrays.asList(new BigDecimal("0.035"), null),
                        new BigDecimal("28000"),
                        "worked",
                        null,
                        NOW);
                if (status == ExperimentStatus.RESULTS_SUBMITTED) {
                    return e;
                }
                e.conclude(FOUNDER, Conclusion.STOP, null, null, NOW);
            }
        }
        return e;
    }

    @Test
    void the_happy_path_writes_every_step_into_the_history() {
        ExperimentEntity e = in(ExperimentStatus.CONCLUDED);
        assertThat(e.status()).isEqualTo(ExperimentStatus.CONCLUDED);
        assertThat(e.conclusion()).isEqualTo(Conclusion.STOP);
        assertThat(e.events())
                .extracting(ev -> ev.action())
                .containsExactly(
                        "CREATED",
                        "SUBMITTED",
                        "APPROVED_BY",
                        "APPROVED",
                        "STARTED",
                        "RESULTS_SUBMITTED",
                        "CONCLUDED_STOP");
        assertThat(e.metrics().get(0).outcome()).isEqualTo(Metric.Outcome.MET);
        assertThat(e.metrics().get(1).outcome()).isEqualTo(Metric.Outcome.NO_DATA);
    }

    @Test
    void only_a_draft_or_a_sent_back_proposal_can_be_edited_or_submitted() {
        for (ExperimentStatus status : ExperimentStatus.values()) {
            boolean editable = status.editable();
            check(status, e -> e.edit(proposal(), PROPOSER, NOW), editable, "experiment.notEditable");
            check(status, e -> e.submit(PROPOSER, NOW), editable, "experiment.notEditable");
        }
    }

    @Test
    void only_a_submitted_proposal_can_be_decided() {
        for (ExperimentStatus status : ExperimentStatus.values()) {
            boolean submitted = status == ExperimentStatus.SUBMITTED;
            check(status, e -> e.addApproval(FOUNDER, null, NOW), submitted, "experiment.notSubmitted");
            check(status, e -> e.reject(FOUNDER, "no", NOW), submitted, "experiment.notSubmitted");
            check(status, e -> e.requestChanges(FOUNDER, "why", NOW), submitted, "experiment.notSubmitted");
        }
    }

    @Test
    void only_an_approved_one_starts_only_a_running_one_takes_results_and_only_results_are_concluded() {
        for (ExperimentStatus status : ExperimentStatus.values()) {
            check(status, e -> e.start(FOUNDER, NOW), status == ExperimentStatus.APPROVED, "experiment.notApproved");
            check(
                    status,
                    e -> e.submitResults(PROPOSER, Arrays.asList(null, null), BigDecimal.ONE, "x", null, NOW),
                    status == ExperimentStatus.RUNNING,
                    "experiment.notRunning");
            check(
                    status,
                    e -> e.conclude(FOUNDER, Conclusion.SCALE_UP, null, null, NOW),
                    status == ExperimentStatus.RESULTS_SUBMITTED,
                    "experiment.noResults");
        }
    }

    @Test
    void changes_requested_go_back_to_editing_with_the_comments_kept() {
        ExperimentEntity e = in(ExperimentStatus.CHANGES_REQUESTED);
        assertThat(e.events()).anySatisfy(ev -> assertThat(ev.comment()).isEqualTo("smaller please"));
        e.edit(proposal(), PROPOSER, NOW);
        e.submit(PROPOSER, NOW);
        assertThat(e.status()).isEqualTo(ExperimentStatus.SUBMITTED);
        // approvals count from the latest submission only
        assertThat(e.approvedBy()).isEmpty();
    }

    @Test
    void a_founder_approves_once_and_extend_needs_a_later_end() {
        ExperimentEntity submitted = in(ExperimentStatus.SUBMITTED);
        submitted.addApproval(FOUNDER, null, NOW);
        assertThatThrownBy(() -> submitted.addApproval(FOUNDER, null, NOW))
                .hasMessage("experiment.alreadyApprovedByYou");

        ExperimentEntity results = in(ExperimentStatus.RESULTS_SUBMITTED);
        assertThatThrownBy(() -> results.conclude(FOUNDER, Conclusion.EXTEND, LocalDate.of(2027, 3, 1), null, NOW))
                .hasMessage("experiment.extend.laterEnd");
        results.conclude(FOUNDER, Conclusion.EXTEND, LocalDate.of(2027, 5, 31), "one more month", NOW);
        assertThat(results.status()).isEqualTo(ExperimentStatus.RUNNING);
        assertThat(results.endDate()).isEqualTo(LocalDate.of(2027, 5, 31));
    }

    @Test
    void results_need_a_value_slot_for_every_metric() {
        ExperimentEntity running = in(ExperimentStatus.RUNNING);
        assertThatThrownBy(
                        () -> running.submitResults(PROPOSER, List.of(BigDecimal.ONE), BigDecimal.ONE, "x", null, NOW))
                .hasMessage("experiment.results.everyMetric");
    }

    private static void check(ExperimentStatus status, Consumer<ExperimentEntity> action, boolean allowed, String key) {
        ExperimentEntity e = in(status);
        if (allowed) {
            action.accept(e);
        } else {
            assertThatThrownBy(() -> action.accept(e))
                    .as(status + " " + key)
                    .isInstanceOf(DomainException.class)
                    .hasMessage(key);
        }
    }
}
