package app.baton.budgets;

import app.baton.approvals.ApprovalPolicy;
import app.baton.approvals.DelegatedAuthority;
import app.baton.approvals.Violation;
import app.baton.budgets.internal.BudgetPlanEntity;
import app.baton.budgets.internal.ChangeRequestEntity;
import app.baton.budgets.internal.ChangeRequestRepository;
import app.baton.security.AccountDirectory;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipRole;
import app.baton.shared.DomainException;
import app.baton.tenancy.MembershipService;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the request pages, 等我決定 and the monthly review read about budget requests, and the check a form shows
 * before anything is submitted; nothing here changes anything. The commands are in {@link BudgetRequestService}.
 */
@Service
public class BudgetRequestQueryService {

    /** The states in which a request waits for a founder's decision. */
    private static final List<RequestStatus> WAITING_FOR_A_FOUNDER =
            List.of(RequestStatus.SUBMITTED, RequestStatus.PARTIALLY_APPROVED);

    private final ChangeRequestRepository requests;
    private final RequestReads reads;
    private final ChangeCalculation calculation;
    private final GuardrailService guardrails;
    private final Delegation delegation;
    private final MembershipService memberships;
    private final AccountDirectory accounts;
    private final CurrentUser currentUser;

    BudgetRequestQueryService(
            ChangeRequestRepository requests,
            RequestReads reads,
            ChangeCalculation calculation,
            GuardrailService guardrails,
            Delegation delegation,
            MembershipService memberships,
            AccountDirectory accounts,
            CurrentUser currentUser) {
        this.requests = requests;
        this.reads = reads;
        this.calculation = calculation;
        this.guardrails = guardrails;
        this.delegation = delegation;
        this.memberships = memberships;
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    /** Checks a request against the current plan without saving anything. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public RequestPreview preview(RequestCommand command) {
        Actor actor = Actor.of(currentUser);
        BudgetPlanEntity plan = reads.loadPlan(command.planId(), command.expectedPlanChangeCount());
        List<Delta> deltas = calculation.deltas(plan, command);
        Guardrails rules = guardrails.values();
        List<Violation> violations = plan.sheet().check(deltas, rules);
        // what submitting would do, so the form can say so before the person presses the button
        boolean delegated = false;
        String refusal = null;
        DelegatedAuthority authority = actor.role() == MembershipRole.SUCCESSOR
                ? delegation.authorityOf(actor.userId())
                : DelegatedAuthority.none();
        try {
            delegated = ApprovalPolicy.onSubmission(new ApprovalPolicy.Submission(
                            actor.userId(),
                            actor.role(),
                            command.amount(),
                            authority,
                            violations,
                            memberships.founderUserIds()))
                    == ApprovalPolicy.SubmissionOutcome.APPROVED_BY_DELEGATION;
        } catch (DomainException e) {
            refusal = e.messageKey();
        }
        return ChangeCalculation.preview(
                plan, deltas, violations, delegated, refusal, !delegated && authority.monthSpentFor(command.amount()));
    }

    /** One request with everything needed to decide on it. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public RequestDetail detail(long requestId) {
        ChangeRequestEntity request = reads.load(requestId);
        return reads.detail(request, reads.loadPlan(request.planId()), Actor.of(currentUser));
    }

    /** A page of requests, newest first. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public List<RequestRow> requests(RequestFilter filter, int offset, int limit) {
        int size = Math.max(1, limit);
        List<ChangeRequestEntity> page = requests.search(
                filter.status(), filter.kind(), filter.requesterUserId(), PageRequest.of(offset / size, size));
        return reads.rows(page);
    }

    /** How many requests match the filter. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public long count(RequestFilter filter) {
        return requests.count(filter.status(), filter.kind(), filter.requesterUserId());
    }

    /** Everyone who has made a request in this company, for the requester filter. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public List<Requester> requesters() {
        return accounts.byIds(requests.requesters()).stream()
                .map(a -> new Requester(a.userId(), a.displayName()))
                .toList();
    }

    /** Every open request (submitted or partly approved), oldest first: the monthly review's pending requests. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public List<RequestRow> open() {
        return reads.rows(requests.findByStatusInOrderBySubmittedAtAsc(
                List.of(RequestStatus.SUBMITTED, RequestStatus.PARTIALLY_APPROVED)));
    }

    /** Open requests the current founder may decide and has not approved yet, oldest first. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR','VENDOR')")
    @Transactional(readOnly = true)
    public List<RequestRow> waitingForMe() {
        return reads.rows(waitingEntities());
    }

    /** How many requests {@link #waitingForMe()} lists, without making its rows (the navigation's count). */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR','VENDOR')")
    @Transactional(readOnly = true)
    public int countWaitingForMe() {
        // the same rule as waitingEntities, counted by the database (issue 16: this runs on every navigation)
        Actor actor = Actor.of(currentUser);
        if (actor.role() != MembershipRole.FOUNDER) {
            return 0;
        }
        return (int) requests.countWaitingFor(WAITING_FOR_A_FOUNDER, actor.userId());
    }

    private List<ChangeRequestEntity> waitingEntities() {
        Actor actor = Actor.of(currentUser);
        if (actor.role() != MembershipRole.FOUNDER) {
            return List.of();
        }
        return requests.findByStatusInOrderBySubmittedAtAsc(WAITING_FOR_A_FOUNDER).stream()
                .filter(r -> r.requestedByUserId() != actor.userId()
                        && !r.approvedBy().contains(actor.userId()))
                .toList();
    }
}
