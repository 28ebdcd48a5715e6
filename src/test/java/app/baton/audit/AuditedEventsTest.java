package app.baton.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.baton.budgets.BudgetEvents;
import app.baton.budgets.BudgetEvents.ChannelAction;
import app.baton.budgets.BudgetEvents.PlanAction;
import app.baton.experiments.ExperimentAction;
import app.baton.experiments.ExperimentEvents;
import app.baton.insights.InsightsEvents;
import app.baton.reports.ReportEvents;
import app.baton.reports.ReportEvents.EngagementAction;
import app.baton.reports.ReportEvents.ReportAction;
import app.baton.sales.SalesEvents;
import app.baton.security.MembershipRole;
import app.baton.security.SecurityEvents;
import app.baton.shared.events.AuditFacts;
import app.baton.shared.events.AuditSentence;
import app.baton.tenancy.TenancyEvents;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What each module's events say in the audit log is derived in one switch per module; these pin that derivation to
 * what the log stored before the events were typed (codes, object types and ids, who acted, the reason).
 */
class AuditedEventsTest {

    @Test
    void tenancy_events_name_the_founder_or_the_agency_as_actor() {
        AuditFacts revoked = new TenancyEvents.InvitationRevoked(1, 2, 3, "amy@example.com").audit();
        assertThat(revoked)
                .isEqualTo(AuditFacts.of(2L, "FOUNDER", "INVITATION_REVOKED", "INVITATION", 3L, "amy@example.com → ∅"));

        AuditFacts refused = new TenancyEvents.AgencyPersonDecided(1, 9, 4, 5, "bo@agency.tw", false).audit();
        assertThat(refused.action()).isEqualTo("AGENCY_PERSON_REFUSED");
        assertThat(refused.actorRole()).isEqualTo("VENDOR");
        assertThat(refused.objectId()).isEqualTo("5");

        AuditFacts changed = new TenancyEvents.MembershipRoleChanged(
                        1, 2, 7, "lin@example.com", MembershipRole.SUCCESSOR, MembershipRole.FOUNDER)
                .audit();
        assertThat(changed.summary()).isEqualTo("lin@example.com: SUCCESSOR → FOUNDER");
        assertThat(changed.sentence())
                .isEqualTo(AuditSentence.of("roleChanged", "t:lin@example.com", "k:role.SUCCESSOR", "k:role.FOUNDER"));
    }

    @Test
    void each_password_reset_step_is_its_own_event() {
        assertThat(new SecurityEvents.PasswordResetRequested(1, 8, "a@b.tw", MembershipRole.SUCCESSOR).audit())
                .isEqualTo(AuditFacts.of(8L, "SUCCESSOR", "PASSWORD_RESET_REQUESTED", "USER", 8L, "a@b.tw"));
        assertThat(new SecurityEvents.PasswordReset(1, 8, "a@b.tw", MembershipRole.SUCCESSOR)
                        .audit()
                        .action())
                .isEqualTo("PASSWORD_RESET");
    }

    @Test
    void selection_actions_keep_their_stored_codes_and_name_the_round() {
        assertThat(Arrays.stream(app.baton.selection.SelectionEvents.RoundAction.values())
                        .map(app.baton.selection.SelectionEvents.RoundAction::code))
                .containsExactly(
                        "SELECTION_OPENED",
                        "SELECTION_INVITED",
                        "SELECTION_PROPOSED",
                        "SELECTION_SCORED",
                        "SELECTION_CHOSEN",
                        "SELECTION_NOT_CHOSEN");
        AuditFacts chosen = new app.baton.selection.SelectionEvents.RoundChanged(
                        1,
                        2,
                        "FOUNDER",
                        app.baton.selection.SelectionEvents.RoundAction.CHOSEN,
                        7,
                        "Meta 2027",
                        "Blue",
                        "Blue → engagement 9",
                        java.util.Set.of(3L))
                .audit();
        assertThat(chosen.action()).isEqualTo("SELECTION_CHOSEN");
        assertThat(chosen.objectType()).isEqualTo("SELECTION_ROUND");
        assertThat(chosen.objectId()).isEqualTo("7");
    }

    @Test
    void plan_and_channel_actions_keep_their_stored_codes() {
        assertThat(Arrays.stream(PlanAction.values()).map(PlanAction::code))
                .containsExactly(
                        "BUDGET_PLAN_CREATED",
                        "BUDGET_PLAN_EDITED",
                        "BUDGET_PLAN_ACTIVATED",
                        "BUDGET_SPEND_RECORDED",
                        "BUDGET_RESERVED",
                        "BUDGET_RELEASED",
                        "BUDGET_PLAN_SIGNED",
                        "BUDGET_PLAN_AGREED");
        assertThat(Arrays.stream(ChannelAction.values()).map(ChannelAction::code))
                .containsExactly(
                        "CHANNEL_ADDED", "CHANNEL_RENAMED", "CHANNEL_ARCHIVED", "CHANNEL_RESTORED", "CHANNEL_KIND_SET");

        AuditSentence sentence = AuditSentence.of("plan", "t:2027");
        AuditFacts reserved =
                new BudgetEvents.PlanChanged(1, 2L, "FOUNDER", PlanAction.RESERVED, 40, "x", sentence).audit();
        assertThat(reserved)
                .isEqualTo(AuditFacts.of(2L, "FOUNDER", "BUDGET_RESERVED", "BUDGET_PLAN", 40L, "x")
                        .saying(sentence));

        AuditFacts guardrails =
                new BudgetEvents.GuardrailsChanged(1, 2L, "FOUNDER", "s", "reserve too thin", sentence).audit();
        assertThat(guardrails.objectId()).isNull();
        assertThat(guardrails.reason()).isEqualTo("reserve too thin");
    }

    @Test
    void report_actions_keep_their_stored_codes_and_a_reminder_names_its_engagement_and_month() {
        assertThat(Arrays.stream(ReportAction.values()).map(ReportAction::code))
                .containsExactly(
                        "REPORT_SUBMITTED",
                        "REPORT_ACCEPTED",
                        "REPORT_CLARIFICATION_REQUESTED",
                        "REPORT_REJECTED",
                        "REPORT_QUESTION",
                        "REPORT_ANSWER",
                        "REPORT_FLAG_RESOLVED",
                        "REPORT_FLAG_DISMISSED",
                        "REPORT_DUE_SOON",
                        "REPORT_LATE",
                        "REPORT_RECONCILED",
                        "REPORT_CRITICAL_FLAG");
        assertThat(Arrays.stream(EngagementAction.values()).map(EngagementAction::code))
                .containsExactly("ENGAGEMENT_CREATED", "ENGAGEMENT_UPDATED", "ENGAGEMENT_RATED");

        AuditFacts late = new ReportEvents.ReportChanged(
                        1, null, null, ReportAction.LATE, 12, 0, "2026-11", "Meta 廣告", Set.of(), "due", null)
                .audit();
        assertThat(late.objectId()).isEqualTo("12/2026-11");
        assertThat(late.actorUserId()).isNull();
        assertThat(late.sentence()).isEqualTo(AuditSentence.of("report", "t:Meta 廣告", "ym:2026-11"));

        AuditFacts rejected = new ReportEvents.ReportChanged(
                        1, 3L, "FOUNDER", ReportAction.REJECTED, 12, 55, "not a month", "Meta", Set.of(), "s", "why")
                .audit();
        assertThat(rejected.objectId()).isEqualTo("55");
        assertThat(rejected.reason()).isEqualTo("why");
        assertThat(rejected.sentence()).isEqualTo(AuditSentence.of("report", "t:Meta", "t:not a month"));
    }

    @Test
    void an_experiment_a_meeting_and_sales_say_what_they_said_before() {
        AuditFacts approved = new ExperimentEvents.ExperimentChanged(
                        1, 2L, "FOUNDER", ExperimentAction.APPROVED, 30, "LINE 團購", 4, Set.of(), "s", "ok")
                .audit();
        assertThat(approved)
                .isEqualTo(AuditFacts.of(2L, "FOUNDER", "EXPERIMENT_APPROVED", "EXPERIMENT", 30L, "s")
                        .saying(AuditSentence.of("experiment", "t:LINE 團購"))
                        .because("ok"));

        AuditFacts closed =
                new InsightsEvents.MeetingClosed(1, 2, "FOUNDER", 6, "2026-11, 2 decisions", "加碼 SEO").audit();
        assertThat(closed)
                .isEqualTo(AuditFacts.of(2L, "FOUNDER", "MEETING_CLOSED", "REVIEW_MEETING", 6L, "2026-11, 2 decisions")
                        .because("加碼 SEO"));

        AuditFacts uploaded = new SalesEvents.SalesUploaded(
                        1, 2L, "SUCCESSOR", 70, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), "s")
                .audit();
        assertThat(uploaded.action()).isEqualTo("SALES_UPLOADED");
        assertThat(uploaded.sentence()).isEqualTo(AuditSentence.of("sales", "d:2026-11-01", "d:2026-11-30"));
        assertThat(new SalesEvents.SalesSettingsChanged(1, 2L, "FOUNDER", "s")
                        .audit()
                        .objectId())
                .isEqualTo("settings");
    }

    @Test
    void only_a_decision_or_a_closed_flag_is_a_report_action() {
        assertThat(ReportAction.of(app.baton.reports.ReviewStatus.CLARIFICATION_REQUESTED))
                .isEqualTo(ReportAction.CLARIFICATION_REQUESTED);
        assertThat(ReportAction.of(app.baton.reports.FlagState.DISMISSED)).isEqualTo(ReportAction.FLAG_DISMISSED);
        assertThatThrownBy(() -> ReportAction.of(app.baton.reports.ReviewStatus.SUBMITTED))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
