package app.baton.approvals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.baton.approvals.ApprovalPolicy.Submission;
import app.baton.approvals.ApprovalPolicy.SubmissionOutcome;
import app.baton.security.MembershipRole;
import app.baton.shared.DomainException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApprovalPolicyTest {

    static final long FOUNDER = 1;
    static final long OTHER_FOUNDER = 2;
    static final long SUCCESSOR = 3;
    static final Violation CAP = new Violation(GuardrailRule.EXPERIMENT_CAP, "EXPERIMENT", bd(15), bd(18));
    static final Violation NEGATIVE = new Violation(GuardrailRule.BELOW_ZERO, "RESERVE", bd(0), bd(-5));

    @Test
    void a_vendor_can_neither_request_nor_approve() {
        assertRefused(() -> ApprovalPolicy.requireMayRequest(MembershipRole.VENDOR), "approvals.vendorCannotRequest");
        assertRefused(
                () -> ApprovalPolicy.requireMayDecide(9, MembershipRole.VENDOR, SUCCESSOR), "approvals.foundersOnly");
    }

    @Test
    void a_successor_cannot_approve() {
        assertRefused(
                () -> ApprovalPolicy.requireMayDecide(SUCCESSOR, MembershipRole.SUCCESSOR, FOUNDER),
                "approvals.foundersOnly");
    }

    @Test
    void nobody_approves_their_own_request() {
        assertRefused(
                () -> ApprovalPolicy.requireMayDecide(FOUNDER, MembershipRole.FOUNDER, FOUNDER),
                "approvals.noSelfApproval");
        ApprovalPolicy.requireMayDecide(OTHER_FOUNDER, MembershipRole.FOUNDER, FOUNDER);
    }

    @Test
    void a_successor_request_within_the_delegated_limit_and_no_guardrail_is_approved_by_delegation() {
        assertThat(ApprovalPolicy.onSubmission(successor(bd(10_000), bd(10_000), List.of())))
                .isEqualTo(SubmissionOutcome.APPROVED_BY_DELEGATION);
    }

    @Test
    void above_the_limit_or_breaking_a_guardrail_waits_for_founders() {
        assertThat(ApprovalPolicy.onSubmission(successor(bd(10_001), bd(10_000), List.of())))
                .isEqualTo(SubmissionOutcome.AWAITS_FOUNDERS);
        assertThat(ApprovalPolicy.onSubmission(successor(bd(5_000), bd(10_000), List.of(CAP))))
                .isEqualTo(SubmissionOutcome.AWAITS_FOUNDERS);
    }

    @Test
    void a_request_within_the_per_request_limit_but_over_what_is_left_of_the_month_waits_for_founders() {
        DelegatedAuthority month = new DelegatedAuthority(bd(50_000), bd(100_000), bd(80_000));
        Submission third = new Submission(
                SUCCESSOR, MembershipRole.SUCCESSOR, bd(40_000), month, List.of(), Set.of(FOUNDER, OTHER_FOUNDER));
        assertThat(ApprovalPolicy.onSubmission(third)).isEqualTo(SubmissionOutcome.AWAITS_FOUNDERS);
        assertThat(month.monthSpentFor(bd(40_000))).isTrue();
        assertThat(month.covers(bd(20_000))).isTrue();
        assertThat(month.leftThisMonth()).isEqualByComparingTo("20000");
        assertThat(new DelegatedAuthority(bd(50_000), bd(100_000), bd(120_000)).leftThisMonth())
                .isZero();
    }

    @Test
    void the_default_limit_of_zero_delegates_nothing() {
        assertThat(ApprovalPolicy.onSubmission(successor(bd(1), bd(0), List.of())))
                .isEqualTo(SubmissionOutcome.AWAITS_FOUNDERS);
    }

    @Test
    void a_founders_request_is_never_delegated_and_needs_another_founder() {
        Submission founderAsks = new Submission(
                FOUNDER, MembershipRole.FOUNDER, bd(1), limit(bd(10_000)), List.of(), Set.of(FOUNDER, OTHER_FOUNDER));
        assertThat(ApprovalPolicy.onSubmission(founderAsks)).isEqualTo(SubmissionOutcome.AWAITS_FOUNDERS);
        Submission soleFounder =
                new Submission(FOUNDER, MembershipRole.FOUNDER, bd(1), limit(bd(10_000)), List.of(), Set.of(FOUNDER));
        assertRefused(() -> ApprovalPolicy.onSubmission(soleFounder), "approvals.needsAnotherFounder");
    }

    @Test
    void below_zero_is_refused_at_submission_and_can_never_be_overridden() {
        assertRefused(
                () -> ApprovalPolicy.onSubmission(successor(bd(5), bd(10), List.of(NEGATIVE))), "approvals.belowZero");
        assertRefused(() -> ApprovalPolicy.requireApprovable(List.of(NEGATIVE), "we insist"), "approvals.belowZero");
    }

    @Test
    void a_broken_guardrail_needs_a_written_override_reason() {
        assertRefused(() -> ApprovalPolicy.requireApprovable(List.of(CAP), null), "approvals.overrideReasonRequired");
        assertRefused(() -> ApprovalPolicy.requireApprovable(List.of(CAP), "  "), "approvals.overrideReasonRequired");
        ApprovalPolicy.requireApprovable(List.of(CAP), "Trade fair opportunity, one-off");
        ApprovalPolicy.requireApprovable(List.of(), null);
    }

    @Test
    void a_rejection_needs_a_reason() {
        assertRefused(() -> ApprovalPolicy.requireRejectionReason(" "), "approvals.rejectionReasonRequired");
        ApprovalPolicy.requireRejectionReason("Not this quarter");
    }

    @Test
    void any_founder_policy_completes_with_one_yes() {
        Set<Long> founders = Set.of(FOUNDER, OTHER_FOUNDER, 4L);
        assertThat(stillNeeded(MultiFounderPolicy.ANY_FOUNDER, bd(1_000_000), founders, Set.of()))
                .containsExactlyInAnyOrder(FOUNDER, OTHER_FOUNDER, 4L);
        assertThat(stillNeeded(MultiFounderPolicy.ANY_FOUNDER, bd(1_000_000), founders, Set.of(OTHER_FOUNDER)))
                .isEmpty();
    }

    @Test
    void every_founder_policy_above_the_threshold_waits_for_each_founder_but_the_requester() {
        Set<Long> founders = Set.of(FOUNDER, OTHER_FOUNDER, 4L);
        assertThat(stillNeeded(MultiFounderPolicy.EVERY_FOUNDER, bd(50_001), founders, Set.of(FOUNDER)))
                .containsExactlyInAnyOrder(OTHER_FOUNDER, 4L);
        assertThat(stillNeeded(
                        MultiFounderPolicy.EVERY_FOUNDER, bd(50_001), founders, Set.of(FOUNDER, 4L, OTHER_FOUNDER)))
                .isEmpty();
        // a founder's own request needs every other founder
        assertThat(ApprovalPolicy.stillNeeded(
                        bd(50_001), MultiFounderPolicy.EVERY_FOUNDER, bd(50_000), founders, FOUNDER, Set.of(4L)))
                .containsExactly(OTHER_FOUNDER);
    }

    @Test
    void every_founder_policy_at_or_under_the_threshold_needs_one_yes() {
        Set<Long> founders = Set.of(FOUNDER, OTHER_FOUNDER);
        assertThat(stillNeeded(MultiFounderPolicy.EVERY_FOUNDER, bd(50_000), founders, Set.of(FOUNDER)))
                .isEmpty();
    }

    private static Set<Long> stillNeeded(
            MultiFounderPolicy policy, BigDecimal amount, Set<Long> founders, Set<Long> approved) {
        return ApprovalPolicy.stillNeeded(amount, policy, bd(50_000), founders, SUCCESSOR, approved);
    }

    private static Submission successor(BigDecimal amount, BigDecimal limit, List<Violation> violations) {
        return new Submission(
                SUCCESSOR, MembershipRole.SUCCESSOR, amount, limit(limit), violations, Set.of(FOUNDER, OTHER_FOUNDER));
    }

    /** The same amount per request and per month, nothing used yet. */
    private static DelegatedAuthority limit(BigDecimal amount) {
        return new DelegatedAuthority(amount, amount, BigDecimal.ZERO);
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run)
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo(key);
    }

    private static BigDecimal bd(long value) {
        return BigDecimal.valueOf(value);
    }
}
