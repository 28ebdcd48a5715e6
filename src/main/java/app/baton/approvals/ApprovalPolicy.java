package app.baton.approvals;

import app.baton.security.MembershipRole;
import app.baton.shared.DomainException;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who may ask for money and who may say yes: the rules every budget change (and later every experiment) passes.
 * A plain class with no Spring and no database, so each rule is unit-tested on its own. Refusals are
 * {@link DomainException}s with translated message keys.
 */
public final class ApprovalPolicy {

    private ApprovalPolicy() {}

    /** What happens to a request the moment it is submitted. */
    public enum SubmissionOutcome {
        /** Within the successor's delegated limit and no guardrail broken: approved on submission. */
        APPROVED_BY_DELEGATION,
        /** Waits for founders. */
        AWAITS_FOUNDERS
    }

    /** The facts about a submission the policy needs. */
    public record Submission(
            long requesterUserId,
            MembershipRole requesterRole,
            BigDecimal amount,
            DelegatedAuthority authority,
            List<Violation> violations,
            Set<Long> founderUserIds) {}

    /** Who may submit at all: founders and successors. A vendor can never ask to move the family's money. */
    public static void requireMayRequest(MembershipRole role) {
        if (role == MembershipRole.VENDOR) {
            throw new DomainException("approvals.vendorCannotRequest");
        }
    }

    /**
     * Decides what a new request does. Below-zero changes are refused outright. A successor's request within their
     * delegated authority (per request and what is left of the month) that breaks no guardrail is approved by
     * delegation (a limit of 0 delegates nothing). A
     * founder's own request needs another founder, so a company with a single founder cannot take one.
     */
    public static SubmissionOutcome onSubmission(Submission submission) {
        requireMayRequest(submission.requesterRole());
        requireNoneBelowZero(submission.violations());
        if (withinDelegation(
                submission.requesterRole(), submission.amount(), submission.authority(), submission.violations())) {
            return SubmissionOutcome.APPROVED_BY_DELEGATION;
        }
        Set<Long> others = new LinkedHashSet<>(submission.founderUserIds());
        others.remove(submission.requesterUserId());
        if (others.isEmpty()) {
            throw new DomainException("approvals.needsAnotherFounder");
        }
        return SubmissionOutcome.AWAITS_FOUNDERS;
    }

    /**
     * Whether a request needs no founder: a successor's, covered by their {@link DelegatedAuthority}, breaking no
     * guardrail.
     */
    public static boolean withinDelegation(
            MembershipRole role, BigDecimal amount, DelegatedAuthority authority, List<Violation> violations) {
        return role == MembershipRole.SUCCESSOR && authority.covers(amount) && violations.isEmpty();
    }

    /** Only founders decide, and nobody decides on their own request. */
    public static void requireMayDecide(long deciderUserId, MembershipRole deciderRole, long requesterUserId) {
        if (deciderRole != MembershipRole.FOUNDER) {
            throw new DomainException("approvals.foundersOnly");
        }
        if (deciderUserId == requesterUserId) {
            throw new DomainException("approvals.noSelfApproval");
        }
    }

    /**
     * Whether a change that breaks {@code violations} may be approved: never below zero; any other broken guardrail
     * only with a founder's written override reason.
     */
    public static void requireApprovable(List<Violation> violations, @Nullable String overrideReason) {
        requireNoneBelowZero(violations);
        if (!violations.isEmpty() && (overrideReason == null || overrideReason.isBlank())) {
            throw new DomainException("approvals.overrideReasonRequired");
        }
    }

    /** A rejection always says why. */
    public static void requireRejectionReason(@Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException("approvals.rejectionReasonRequired");
        }
    }

    /**
     * The founders whose yes is still missing. Under the threshold, or with the "any founder" policy, one yes from
     * any founder other than the requester completes it. Above the threshold with "every founder", each founder
     * except the requester must approve.
     *
     * @return empty when the approvals given are enough
     */
    public static Set<Long> stillNeeded(
            BigDecimal amount,
            MultiFounderPolicy policy,
            BigDecimal threshold,
            Set<Long> founderUserIds,
            long requesterUserId,
            Set<Long> approvedBy) {
        Set<Long> eligible = new LinkedHashSet<>(founderUserIds);
        eligible.remove(requesterUserId);
        boolean everyFounder = policy == MultiFounderPolicy.EVERY_FOUNDER && amount.compareTo(threshold) > 0;
        if (!everyFounder) {
            return approvedBy.isEmpty() ? eligible : Set.of();
        }
        eligible.removeAll(approvedBy);
        return eligible;
    }

    private static void requireNoneBelowZero(List<Violation> violations) {
        if (violations.stream().anyMatch(v -> !v.overridable())) {
            throw new DomainException("approvals.belowZero");
        }
    }
}
