package app.baton.budgets;

import app.baton.approvals.ApprovalPolicy;
import app.baton.approvals.DelegatedAuthority;
import app.baton.approvals.Violation;
import app.baton.budgets.internal.BudgetPlanEntity;
import app.baton.budgets.internal.BudgetPlanRepository;
import app.baton.budgets.internal.ChangeRequestEntity;
import app.baton.budgets.internal.ChangeRequestRepository;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipRole;
import app.baton.shared.DomainException;
import app.baton.shared.Money;
import app.baton.shared.TextLimits;
import app.baton.tenancy.MembershipService;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Budget change requests: the only way money moves in an ACTIVE plan. Submitting checks the request and the
 * guardrails; within the successor's delegated limit it is approved at once. Founders approve (applying the change
 * to the plan in the same transaction), override broken guardrails with a written reason, or reject with a reason;
 * the requester may withdraw. Who may do what is {@link ApprovalPolicy}'s; every step is an auditable event. Each
 * command answers with the request as it now stands; reads are in {@link BudgetRequestQueryService}, the arithmetic
 * in {@link ChangeCalculation}.
 */
@Service
public class BudgetRequestService {

    private final ChangeRequestRepository requests;
    private final BudgetPlanRepository plans;
    private final RequestReads reads;
    private final RequestAudit audit;
    private final ChangeCalculation calculation;
    private final GuardrailService guardrails;
    private final Delegation delegation;
    private final MembershipService memberships;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BudgetRequestService(
            ChangeRequestRepository requests,
            BudgetPlanRepository plans,
            RequestReads reads,
            RequestAudit audit,
            ChangeCalculation calculation,
            GuardrailService guardrails,
            Delegation delegation,
            MembershipService memberships,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.requests = requests;
        this.plans = plans;
        this.reads = reads;
        this.audit = audit;
        this.calculation = calculation;
        this.guardrails = guardrails;
        this.delegation = delegation;
        this.memberships = memberships;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Submits a request. Invalid input, a vendor, a plan that changed since the form was opened, or a change that
     * would take anything below zero is refused and nothing is saved. Within the successor's delegated limit and
     * breaking no guardrail, it is approved and applied at once ("approved by delegation").
     */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional
    public RequestDetail submit(RequestCommand command) {
        return submitAs(Actor.of(currentUser), command);
    }

    /**
     * A founder's decision opens a request in another member's name (e.g. scaling up an experiment opens the
     * increase for its proposer), so that a founder other than the requester decides on it as usual.
     */
    @PreAuthorize("hasRole('FOUNDER')")
    @Transactional
    public RequestDetail submitFor(long requesterUserId, MembershipRole requesterRole, RequestCommand command) {
        Actor founder = Actor.of(currentUser);
        return submitAs(new Actor(founder.tenantId(), requesterUserId, requesterRole), command);
    }

    private RequestDetail submitAs(Actor actor, RequestCommand command) {
        ApprovalPolicy.requireMayRequest(actor.role());
        String reason = text(command.reason(), "request.reasonRequired");
        String evidence = evidence(command.evidenceLinks());
        BudgetPlanEntity plan = reads.loadPlan(command.planId(), command.expectedPlanChangeCount());
        List<Delta> deltas = calculation.deltas(plan, command);
        Guardrails rules = guardrails.values();
        List<Violation> violations = plan.sheet().check(deltas, rules);
        Set<Long> founders = memberships.founderUserIds();
        ApprovalPolicy.SubmissionOutcome outcome = ApprovalPolicy.onSubmission(new ApprovalPolicy.Submission(
                actor.userId(),
                actor.role(),
                command.amount(),
                actor.role() == MembershipRole.SUCCESSOR
                        ? delegation.authorityOf(actor.userId())
                        : DelegatedAuthority.none(),
                violations,
                founders));
        ChangeRequestEntity request = new ChangeRequestEntity(
                plan.id(),
                command.kind(),
                Money.exact(command.amount(), plan.currency()),
                command.kind().hasSource() ? command.fromTier() : null,
                command.kind().hasSource() ? command.fromChannelId() : null,
                command.kind().hasTarget() ? command.toTier() : null,
                command.kind().hasTarget() ? command.toChannelId() : null,
                reason,
                evidence,
                actor.userId(),
                actor.role(),
                clock.instant(),
                plan.changeCount(),
                deltas);
        request.recordViolations(codes(violations));
        request = Saves.flush(requests, request);
        boolean delegated = outcome == ApprovalPolicy.SubmissionOutcome.APPROVED_BY_DELEGATION;
        Set<Long> awaiting = new LinkedHashSet<>(founders);
        awaiting.remove(actor.userId());
        events.publishEvent(new BudgetEvents.RequestSubmitted(
                actor.tenantId(),
                actor.userId(),
                actor.roleName(),
                request.id(),
                Set.copyOf(awaiting),
                delegated,
                RequestAudit.describe(request, plan.currency()),
                reason,
                audit.sentence(request, plan.currency())));
        if (delegated) {
            apply(request, plan, actor, true);
        }
        return reads.detail(request, plan, actor);
    }

    /**
     * A founder approves. {@code expectedVersion} and {@code expectedPlanChangeCount} are what the decision screen
     * showed: if the request or the plan changed since, nothing happens and the founder is asked to review again.
     * A broken guardrail needs {@code overrideReason}; below zero is never approved. Under the "every founder" policy
     * the request stays PARTIALLY_APPROVED until the last founder agrees; the last yes applies the change.
     */
    @PreAuthorize("hasRole('FOUNDER')")
    @Transactional
    public RequestDetail approve(
            long requestId, long expectedVersion, long expectedPlanChangeCount, @Nullable String overrideReason) {
        Actor actor = Actor.of(currentUser);
        ChangeRequestEntity request = reads.load(requestId, expectedVersion);
        ApprovalPolicy.requireMayDecide(actor.userId(), actor.role(), request.requestedByUserId());
        BudgetPlanEntity plan = reads.loadPlan(request.planId(), expectedPlanChangeCount);
        Guardrails rules = guardrails.values();
        List<Violation> violations = plan.sheet().check(request.deltas(), rules);
        String override = overrideReason == null || overrideReason.isBlank() ? null : overrideReason.strip();
        if (override != null && override.length() > TextLimits.TEXT) {
            throw new DomainException("request.textTooLong", TextLimits.TEXT);
        }
        ApprovalPolicy.requireApprovable(violations, override);
        request.recordViolations(codes(violations));
        request.addApproval(actor.userId(), violations.isEmpty() ? null : override, clock.instant());
        // written now, so that a second window of the same founder deciding at the same moment fails here, in words
        // (one approval per founder), and not at some later query's automatic flush
        request = Saves.flush(requests, request);
        if (!violations.isEmpty()) {
            events.publishEvent(new BudgetEvents.GuardrailOverridden(
                    actor.tenantId(),
                    actor.userId(),
                    actor.roleName(),
                    request.id(),
                    codes(violations) + ": " + RequestAudit.describe(request, plan.currency()),
                    String.valueOf(override),
                    audit.sentence(request, plan.currency())));
        }
        Set<Long> stillNeeded = rules.stillNeeded(
                request.amount(), memberships.founderUserIds(), request.requestedByUserId(), request.approvedBy());
        if (stillNeeded.isEmpty()) {
            apply(request, plan, actor, false);
        } else {
            Saves.flush(requests, request);
            audit.decided(
                    actor,
                    request,
                    RequestDecision.PARTIALLY_APPROVED,
                    RequestAudit.describe(request, plan.currency()) + " · "
                            + request.approvedBy().size() + "/"
                            + (request.approvedBy().size() + stillNeeded.size()),
                    override);
        }
        return reads.detail(request, plan, actor);
    }

    /** A founder rejects, always with a reason. */
    @PreAuthorize("hasRole('FOUNDER')")
    @Transactional
    public RequestDetail reject(long requestId, long expectedVersion, String reason) {
        Actor actor = Actor.of(currentUser);
        ApprovalPolicy.requireRejectionReason(reason);
        String why = text(reason, "approvals.rejectionReasonRequired");
        ChangeRequestEntity request = reads.load(requestId, expectedVersion);
        ApprovalPolicy.requireMayDecide(actor.userId(), actor.role(), request.requestedByUserId());
        request.reject(actor.userId(), clock.instant(), why);
        Saves.flush(requests, request);
        BudgetPlanEntity plan = reads.loadPlan(request.planId());
        audit.decided(actor, request, RequestDecision.REJECTED, RequestAudit.describe(request, plan.currency()), why);
        return reads.detail(request, plan, actor);
    }

    /** The requester takes back a request that is still open. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional
    public RequestDetail withdraw(long requestId, long expectedVersion) {
        Actor actor = Actor.of(currentUser);
        ChangeRequestEntity request = reads.load(requestId, expectedVersion);
        request.withdraw(actor.userId(), clock.instant());
        Saves.flush(requests, request);
        BudgetPlanEntity plan = reads.loadPlan(request.planId());
        audit.decided(actor, request, RequestDecision.WITHDRAWN, RequestAudit.describe(request, plan.currency()), null);
        return reads.detail(request, plan, actor);
    }

    private void apply(ChangeRequestEntity request, BudgetPlanEntity plan, Actor actor, boolean delegated) {
        List<BigDecimal> before = plan.apply(request.deltas());
        if (delegated) {
            request.markDelegated(clock.instant(), before);
        } else {
            request.markApproved(actor.userId(), clock.instant(), before);
        }
        Saves.flush(plans, plan);
        Saves.flush(requests, request);
        audit.applied(actor, request, plan, delegated);
    }

    private static String text(@Nullable String value, String requiredKey) {
        if (value == null || value.isBlank()) {
            throw new DomainException(requiredKey);
        }
        String clean = value.strip();
        if (clean.length() > TextLimits.TEXT) {
            throw new DomainException("request.textTooLong", TextLimits.TEXT);
        }
        return clean;
    }

    private static @Nullable String evidence(@Nullable String links) {
        if (links == null || links.isBlank()) {
            return null;
        }
        List<String> clean =
                links.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        for (String link : clean) {
            if (!(link.startsWith("https://") || link.startsWith("http://")) || link.contains(" ")) {
                throw new DomainException("request.evidenceInvalid");
            }
        }
        String joined = String.join("\n", clean);
        if (joined.length() > TextLimits.TEXT) {
            throw new DomainException("request.textTooLong", TextLimits.TEXT);
        }
        return joined;
    }

    private static @Nullable String codes(List<Violation> violations) {
        if (violations.isEmpty()) {
            return null;
        }
        String joined = violations.stream().map(v -> v.rule().name()).distinct().collect(Collectors.joining(","));
        return joined.length() > 500 ? joined.substring(0, 500) : joined;
    }
}
