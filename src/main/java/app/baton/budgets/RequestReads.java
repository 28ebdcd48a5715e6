package app.baton.budgets;

import app.baton.approvals.Violation;
import app.baton.budgets.internal.BudgetPlanEntity;
import app.baton.budgets.internal.BudgetPlanRepository;
import app.baton.budgets.internal.ChangeRequestEntity;
import app.baton.budgets.internal.ChangeRequestLineEntity;
import app.baton.budgets.internal.ChangeRequestRepository;
import app.baton.security.AccountDirectory;
import app.baton.security.MembershipRole;
import app.baton.shared.CompanyDefaults;
import app.baton.shared.DomainException;
import app.baton.tenancy.MembershipService;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Loads the company's requests and plans and turns them into the records the pages show, for the query service and
 * for the commands (which answer with the request as it now stands). Callers are secured; this class is not an API.
 */
@Component
class RequestReads {

    private final ChangeRequestRepository requests;
    private final BudgetPlanRepository plans;
    private final GuardrailService guardrails;
    private final MembershipService memberships;
    private final AccountDirectory accounts;

    RequestReads(
            ChangeRequestRepository requests,
            BudgetPlanRepository plans,
            GuardrailService guardrails,
            MembershipService memberships,
            AccountDirectory accounts) {
        this.requests = requests;
        this.plans = plans;
        this.guardrails = guardrails;
        this.memberships = memberships;
        this.accounts = accounts;
    }

    /** The company's request, or a translated "not found". */
    ChangeRequestEntity load(long requestId) {
        return requests.findById(requestId).orElseThrow(() -> new DomainException("request.notFound"));
    }

    /** As {@link #load(long)}, refused in words when someone changed it since the page was read. */
    ChangeRequestEntity load(long requestId, long expectedVersion) {
        ChangeRequestEntity request = load(requestId);
        if (request.version() != expectedVersion) {
            throw new DomainException("budget.changedConcurrently");
        }
        return request;
    }

    BudgetPlanEntity loadPlan(long planId) {
        return plans.findById(planId).orElseThrow(() -> new DomainException("budget.plan.notFound"));
    }

    /** The plan, refused in words when it changed since the form was built on it. */
    BudgetPlanEntity loadPlan(long planId, long expectedChangeCount) {
        BudgetPlanEntity plan = loadPlan(planId);
        if (plan.changeCount() != expectedChangeCount) {
            throw new DomainException("budget.plan.changed");
        }
        return plan;
    }

    /** One request with everything needed to decide on it, as {@code actor} may act on it. */
    RequestDetail detail(ChangeRequestEntity request, BudgetPlanEntity plan, Actor actor) {
        RequestPreview preview;
        if (request.status() == RequestStatus.APPROVED) {
            List<CellChange> changes = request.lines().stream()
                    .map(line -> new CellChange(
                            line.delta().cell().tier(),
                            line.delta().cell().channelId(),
                            plan.firstMonth().plusMonths(line.delta().cell().month()),
                            before(line),
                            after(line)))
                    .toList();
            preview = new RequestPreview(
                    changes,
                    List.of(),
                    plan.totalBudget(),
                    plan.totalBudget(),
                    List.of(),
                    request.delegated(),
                    null,
                    false);
        } else {
            List<Violation> violations =
                    request.status().open() ? plan.sheet().check(request.deltas(), guardrails.values()) : List.of();
            preview = ChangeCalculation.preview(plan, request.deltas(), violations, false, null, false);
        }
        Set<Long> people = new HashSet<>();
        people.add(request.requestedByUserId());
        request.approvals().forEach(a -> people.add(a.founderUserId()));
        if (request.decidedByUserId() != null) {
            people.add(request.decidedByUserId());
        }
        Set<Long> stillNeeded = Set.of();
        if (request.status().open()) {
            Guardrails rules = guardrails.values();
            stillNeeded = rules.stillNeeded(
                    request.amount(), memberships.founderUserIds(), request.requestedByUserId(), request.approvedBy());
            people.addAll(stillNeeded);
        }
        Map<Long, String> names = names(people);
        List<ApprovalView> approvals = request.approvals().stream()
                .map(a -> new ApprovalView(name(names, a.founderUserId()), a.approvedAt(), a.overrideReason()))
                .toList();
        boolean mayDecide = request.status().open()
                && actor.role() == MembershipRole.FOUNDER
                && actor.userId() != request.requestedByUserId()
                && !request.approvedBy().contains(actor.userId());
        boolean mayWithdraw = request.status().open() && actor.userId() == request.requestedByUserId();
        return new RequestDetail(
                row(request, names, plan.currency()),
                plan.fiscalYear(),
                plan.firstMonth(),
                plan.id(),
                plan.changeCount(),
                request.reason(),
                request.evidenceLinks(),
                preview,
                approvals,
                stillNeeded.stream().map(id -> name(names, id)).collect(Collectors.toCollection(LinkedHashSet::new)),
                request.decidedByUserId() == null ? null : name(names, request.decidedByUserId()),
                request.decidedAt(),
                request.decisionReason(),
                request.overrideReason(),
                request.version(),
                mayDecide,
                mayWithdraw);
    }

    /** Rows with the requesters' names and the plans' currencies, each read once. */
    List<RequestRow> rows(List<ChangeRequestEntity> page) {
        Map<Long, String> names =
                names(page.stream().map(ChangeRequestEntity::requestedByUserId).toList());
        Map<Long, String> currencies =
                plans
                        .findAllById(page.stream()
                                .map(ChangeRequestEntity::planId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(BudgetPlanEntity::id, BudgetPlanEntity::currency));
        return page.stream()
                .map(r -> row(r, names, currencies.getOrDefault(r.planId(), CompanyDefaults.CURRENCY)))
                .toList();
    }

    private static RequestRow row(ChangeRequestEntity r, Map<Long, String> names, String currency) {
        return new RequestRow(
                r.id(),
                r.kind(),
                r.status(),
                r.amount(),
                currency,
                r.fromTier(),
                r.fromChannelId(),
                r.toTier(),
                r.toChannelId(),
                r.requestedByUserId(),
                name(names, r.requestedByUserId()),
                r.submittedAt(),
                r.delegated(),
                r.violations() != null);
    }

    private Map<Long, String> names(Collection<Long> userIds) {
        return accounts.displayNames(userIds);
    }

    private static String name(Map<Long, String> names, long userId) {
        return names.getOrDefault(userId, "#" + userId);
    }

    static BigDecimal before(ChangeRequestLineEntity line) {
        return line.amountBefore() == null ? BigDecimal.ZERO : line.amountBefore();
    }

    static BigDecimal after(ChangeRequestLineEntity line) {
        return line.amountAfter() == null ? BigDecimal.ZERO : line.amountAfter();
    }
}
