package app.baton.budgets;

import app.baton.approvals.ApprovalPolicy;
import app.baton.approvals.Violation;
import app.baton.budgets.internal.BudgetPlanEntity;
import app.baton.budgets.internal.BudgetPlanRepository;
import app.baton.budgets.internal.ChangeRequestEntity;
import app.baton.budgets.internal.ChangeRequestLineEntity;
import app.baton.budgets.internal.ChangeRequestRepository;
import app.baton.security.AccountDirectory;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipRole;
import app.baton.shared.DomainException;
import app.baton.shared.Money;
import app.baton.shared.events.AuditSentence;
import app.baton.tenancy.MembershipService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Budget change requests: the only way money moves in an ACTIVE plan. Submitting checks the request and the
 * guardrails; within the successor's delegated limit it is approved at once. Founders approve (applying the change
 * to the plan in the same transaction), override broken guardrails with a written reason, or reject with a reason;
 * the requester may withdraw. Who may do what is {@link ApprovalPolicy}'s; every step is an auditable event.
 */
@Service
public class BudgetRequestService {

    private static final int MAX_TEXT = 2000;

    /** The states in which a request waits for a founder's decision. */
    private static final List<RequestStatus> WAITING_FOR_A_FOUNDER =
            List.of(RequestStatus.SUBMITTED, RequestStatus.PARTIALLY_APPROVED);

    private final ChangeRequestRepository requests;
    private final BudgetPlanRepository plans;
    private final ChannelService channels;
    private final GuardrailService guardrails;
    private final MembershipService memberships;
    private final AccountDirectory accounts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BudgetRequestService(
            ChangeRequestRepository requests,
            BudgetPlanRepository plans,
            ChannelService channels,
            GuardrailService guardrails,
            MembershipService memberships,
            AccountDirectory accounts,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.requests = requests;
        this.plans = plans;
        this.channels = channels;
        this.guardrails = guardrails;
        this.memberships = memberships;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * What a person asks for. {@code expectedPlanChangeCount} is the plan state the form was built on; the amount is
     * the whole sum, split evenly over the months on each side.
     */
    public record RequestCommand(
            long planId,
            long expectedPlanChangeCount,
            RequestKind kind,
            BigDecimal amount,
            @Nullable Tier fromTier,
            @Nullable Long fromChannelId,
            List<YearMonth> fromMonths,
            @Nullable Tier toTier,
            @Nullable Long toChannelId,
            List<YearMonth> toMonths,
            String reason,
            @Nullable String evidenceLinks) {}

    /** One cell a request changes, with its planned amount before and after. */
    public record CellChange(Tier tier, long channelId, YearMonth month, BigDecimal before, BigDecimal after) {

        public BigDecimal delta() {
            return after.subtract(before);
        }
    }

    /** Tier totals before and after, for the request's summary. */
    public record TierChange(Tier tier, BigDecimal before, BigDecimal after, BigDecimal shareAfter) {}

    /** A check of a request against the current plan: the changes, the broken guardrails, and what would happen. */
    public record Preview(
            List<CellChange> changes,
            List<TierChange> tiers,
            BigDecimal totalBefore,
            BigDecimal totalAfter,
            List<Violation> violations,
            boolean approvedByDelegation,
            @Nullable String refusalKey) {}

    /** A request in a list. */
    public record RequestRow(
            long id,
            RequestKind kind,
            RequestStatus status,
            BigDecimal amount,
            String currency,
            @Nullable Tier fromTier,
            @Nullable Long fromChannelId,
            @Nullable Tier toTier,
            @Nullable Long toChannelId,
            long requesterUserId,
            String requesterName,
            Instant submittedAt,
            boolean delegated,
            boolean hasViolations) {}

    /** One founder's yes. */
    public record ApprovalView(
            String founderName, Instant at, @Nullable String overrideReason) {}

    /** Everything the decision screen needs on one page. */
    public record RequestDetail(
            RequestRow row,
            int fiscalYear,
            YearMonth firstMonth,
            long planId,
            long planChangeCount,
            String reason,
            @Nullable String evidenceLinks,
            Preview preview,
            List<ApprovalView> approvals,
            Set<String> stillNeeded,
            @Nullable String decidedBy,
            @Nullable Instant decidedAt,
            @Nullable String decisionReason,
            @Nullable String overrideReason,
            long version,
            boolean mayDecide,
            boolean mayWithdraw) {}

    /** Filters of the request list; {@code null} means any. */
    public record Filter(
            @Nullable RequestStatus status,
            @Nullable RequestKind kind,
            @Nullable Long requesterUserId) {

        public static Filter all() {
            return new Filter(null, null, null);
        }
    }

    /** A person who has asked for something, for the requester filter. */
    public record Requester(long userId, String name) {}

    /** Checks a request against the current plan without saving anything. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public Preview preview(RequestCommand command) {
        Actor actor = Actor.of(currentUser);
        BudgetPlanEntity plan = loadPlan(command.planId(), command.expectedPlanChangeCount());
        List<Delta> deltas = deltas(plan, command);
        Guardrails rules = guardrails.values();
        List<Violation> violations = plan.sheet().check(deltas, rules);
        // what submitting would do, so the form can say so before the person presses the button
        boolean delegated = false;
        String refusal = null;
        try {
            delegated = ApprovalPolicy.onSubmission(new ApprovalPolicy.Submission(
                            actor.userId(),
                            actor.role(),
                            command.amount(),
                            rules.delegatedLimit(),
                            violations,
                            memberships.founderUserIds()))
                    == ApprovalPolicy.SubmissionOutcome.APPROVED_BY_DELEGATION;
        } catch (DomainException e) {
            refusal = e.messageKey();
        }
        return preview(plan, deltas, violations, delegated, refusal);
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
        BudgetPlanEntity plan = loadPlan(command.planId(), command.expectedPlanChangeCount());
        List<Delta> deltas = deltas(plan, command);
        Guardrails rules = guardrails.values();
        List<Violation> violations = plan.sheet().check(deltas, rules);
        Set<Long> founders = memberships.founderUserIds();
        ApprovalPolicy.SubmissionOutcome outcome = ApprovalPolicy.onSubmission(new ApprovalPolicy.Submission(
                actor.userId(), actor.role(), command.amount(), rules.delegatedLimit(), violations, founders));
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
                describe(request, plan.currency()),
                reason,
                sentence(request, plan.currency())));
        if (delegated) {
            apply(request, plan, actor, true);
        }
        return detail(request, plan, actor);
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
        ChangeRequestEntity request = load(requestId, expectedVersion);
        ApprovalPolicy.requireMayDecide(actor.userId(), actor.role(), request.requestedByUserId());
        BudgetPlanEntity plan = loadPlan(request.planId(), expectedPlanChangeCount);
        Guardrails rules = guardrails.values();
        List<Violation> violations = plan.sheet().check(request.deltas(), rules);
        String override = overrideReason == null || overrideReason.isBlank() ? null : overrideReason.strip();
        if (override != null && override.length() > MAX_TEXT) {
            throw new DomainException("request.textTooLong", MAX_TEXT);
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
                    codes(violations) + ": " + describe(request, plan.currency()),
                    String.valueOf(override),
                    sentence(request, plan.currency())));
        }
        Set<Long> stillNeeded = ApprovalPolicy.stillNeeded(
                request.amount(),
                rules.multiFounderPolicy(),
                rules.multiFounderThreshold(),
                memberships.founderUserIds(),
                request.requestedByUserId(),
                request.approvedBy());
        if (stillNeeded.isEmpty()) {
            apply(request, plan, actor, false);
        } else {
            Saves.flush(requests, request);
            decided(
                    actor,
                    request,
                    "BUDGET_REQUEST_PARTIALLY_APPROVED",
                    describe(request, plan.currency()) + " · "
                            + request.approvedBy().size() + "/"
                            + (request.approvedBy().size() + stillNeeded.size()),
                    override);
        }
        return detail(request, plan, actor);
    }

    /** A founder rejects, always with a reason. */
    @PreAuthorize("hasRole('FOUNDER')")
    @Transactional
    public RequestDetail reject(long requestId, long expectedVersion, String reason) {
        Actor actor = Actor.of(currentUser);
        ApprovalPolicy.requireRejectionReason(reason);
        String why = text(reason, "approvals.rejectionReasonRequired");
        ChangeRequestEntity request = load(requestId, expectedVersion);
        ApprovalPolicy.requireMayDecide(actor.userId(), actor.role(), request.requestedByUserId());
        request.reject(actor.userId(), clock.instant(), why);
        Saves.flush(requests, request);
        BudgetPlanEntity plan = loadPlan(request.planId());
        decided(actor, request, "BUDGET_REQUEST_REJECTED", describe(request, plan.currency()), why);
        return detail(request, plan, actor);
    }

    /** The requester takes back a request that is still open. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional
    public RequestDetail withdraw(long requestId, long expectedVersion) {
        Actor actor = Actor.of(currentUser);
        ChangeRequestEntity request = load(requestId, expectedVersion);
        request.withdraw(actor.userId(), clock.instant());
        Saves.flush(requests, request);
        BudgetPlanEntity plan = loadPlan(request.planId());
        decided(actor, request, "BUDGET_REQUEST_WITHDRAWN", describe(request, plan.currency()), null);
        return detail(request, plan, actor);
    }

    /** One request with everything needed to decide on it. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public RequestDetail detail(long requestId) {
        ChangeRequestEntity request =
                requests.findById(requestId).orElseThrow(() -> new DomainException("request.notFound"));
        return detail(request, loadPlan(request.planId()), Actor.of(currentUser));
    }

    /** A page of requests, newest first. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public List<RequestRow> requests(Filter filter, int offset, int limit) {
        int size = Math.max(1, limit);
        List<ChangeRequestEntity> page = requests.search(
                filter.status(), filter.kind(), filter.requesterUserId(), PageRequest.of(offset / size, size));
        return rows(page);
    }

    /** How many requests match the filter. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public long count(Filter filter) {
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
        return rows(requests.findByStatusInOrderBySubmittedAtAsc(
                List.of(RequestStatus.SUBMITTED, RequestStatus.PARTIALLY_APPROVED)));
    }

    /** Open requests the current founder may decide and has not approved yet, oldest first. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR','VENDOR')")
    @Transactional(readOnly = true)
    public List<RequestRow> waitingForMe() {
        return rows(waitingEntities());
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

    private void apply(ChangeRequestEntity request, BudgetPlanEntity plan, Actor actor, boolean delegated) {
        List<BigDecimal> before = plan.apply(request.deltas());
        if (delegated) {
            request.markDelegated(clock.instant(), before);
        } else {
            request.markApproved(actor.userId(), clock.instant(), before);
        }
        Saves.flush(plans, plan);
        Saves.flush(requests, request);
        StringBuilder cells = new StringBuilder();
        for (ChangeRequestLineEntity line : request.lines()) {
            Cell cell = line.delta().cell();
            cells.append(cells.isEmpty() ? "" : "; ")
                    .append(cell.tier())
                    .append('/')
                    .append(cell.channelId())
                    .append('/')
                    .append(plan.firstMonth().plusMonths(cell.month()))
                    .append(' ')
                    .append(BudgetPlanService.plain(before(line)))
                    .append(" → ")
                    .append(BudgetPlanService.plain(after(line)));
        }
        events.publishEvent(new BudgetEvents.ChangeApplied(
                actor.tenantId(),
                actor.userId(),
                actor.roleName(),
                plan.id(),
                request.id(),
                "#" + request.id() + " " + cells,
                AuditSentence.of(
                        "changeApplied",
                        AuditSentence.text(Long.toString(request.id())),
                        AuditSentence.number(request.lines().size()),
                        AuditSentence.money(plan.totalBudget(), plan.currency()))));
        decided(
                actor,
                request,
                delegated ? "BUDGET_REQUEST_APPROVED_BY_DELEGATION" : "BUDGET_REQUEST_APPROVED",
                describe(request, plan.currency()) + " · total " + BudgetPlanService.plain(plan.totalBudget()),
                request.overrideReason());
    }

    private void decided(
            Actor actor, ChangeRequestEntity request, String action, String summary, @Nullable String reason) {
        String currency = currentUser.requireMembership().currency();
        events.publishEvent(new BudgetEvents.RequestDecided(
                actor.tenantId(),
                actor.userId(),
                actor.roleName(),
                action,
                request.id(),
                request.requestedByUserId(),
                request.status(),
                summary,
                reason,
                sentence(request, currency)));
    }

    /** Turns a command into cell deltas, refusing anything malformed with a translated message. */
    private List<Delta> deltas(BudgetPlanEntity plan, RequestCommand command) {
        if (plan.status() != PlanStatus.ACTIVE) {
            throw new DomainException("budget.plan.notActive");
        }
        if (command.amount().signum() <= 0) {
            throw new DomainException("request.amountPositive");
        }
        BigDecimal amount = Money.exact(command.amount(), plan.currency());
        int scale = Money.scale(plan.currency());
        RequestKind kind = command.kind();
        List<Delta> deltas = new ArrayList<>();
        Set<Cell> sourceCells = new HashSet<>();
        if (kind.hasSource()) {
            Tier tier = required(command.fromTier(), "request.fromRequired");
            long channel = required(command.fromChannelId(), "request.fromRequired");
            if (kind == RequestKind.RESERVE_DRAW && tier != Tier.RESERVE) {
                throw new DomainException("request.drawFromReserve");
            }
            channels.requireActive(channel);
            List<Integer> months = months(plan, command.fromMonths());
            List<BigDecimal> shares = Money.split(amount, months.size(), scale);
            for (int i = 0; i < months.size(); i++) {
                Cell cell = new Cell(tier, channel, months.get(i));
                sourceCells.add(cell);
                deltas.add(new Delta(cell, shares.get(i).negate()));
            }
        }
        if (kind.hasTarget()) {
            Tier tier = required(command.toTier(), "request.toRequired");
            long channel = required(command.toChannelId(), "request.toRequired");
            if (kind == RequestKind.RESERVE_DRAW && tier == Tier.RESERVE) {
                throw new DomainException("request.drawIntoOtherTier");
            }
            channels.requireActive(channel);
            List<Integer> months = months(plan, command.toMonths());
            List<BigDecimal> shares = Money.split(amount, months.size(), scale);
            for (int i = 0; i < months.size(); i++) {
                Cell cell = new Cell(tier, channel, months.get(i));
                if (sourceCells.contains(cell)) {
                    throw new DomainException("request.sameSourceAndTarget");
                }
                deltas.add(new Delta(cell, shares.get(i)));
            }
        }
        return deltas;
    }

    private static List<Integer> months(BudgetPlanEntity plan, List<YearMonth> months) {
        if (months.isEmpty()) {
            throw new DomainException("request.monthsRequired");
        }
        Set<Integer> indexes = new java.util.TreeSet<>();
        for (YearMonth month : months) {
            indexes.add(plan.monthIndex(month)
                    .orElseThrow(() -> new DomainException("request.monthOutsidePlan", plan.fiscalYear())));
        }
        return List.copyOf(indexes);
    }

    private static <T> T required(@Nullable T value, String key) {
        if (value == null) {
            throw new DomainException(key);
        }
        return value;
    }

    private static String text(@Nullable String value, String requiredKey) {
        if (value == null || value.isBlank()) {
            throw new DomainException(requiredKey);
        }
        String clean = value.strip();
        if (clean.length() > MAX_TEXT) {
            throw new DomainException("request.textTooLong", MAX_TEXT);
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
        if (joined.length() > MAX_TEXT) {
            throw new DomainException("request.textTooLong", MAX_TEXT);
        }
        return joined;
    }

    private ChangeRequestEntity load(long requestId, long expectedVersion) {
        ChangeRequestEntity request =
                requests.findById(requestId).orElseThrow(() -> new DomainException("request.notFound"));
        if (request.version() != expectedVersion) {
            throw new DomainException("budget.changedConcurrently");
        }
        return request;
    }

    private BudgetPlanEntity loadPlan(long planId) {
        return plans.findById(planId).orElseThrow(() -> new DomainException("budget.plan.notFound"));
    }

    private BudgetPlanEntity loadPlan(long planId, long expectedChangeCount) {
        BudgetPlanEntity plan = loadPlan(planId);
        if (plan.changeCount() != expectedChangeCount) {
            throw new DomainException("budget.plan.changed");
        }
        return plan;
    }

    private Preview preview(
            BudgetPlanEntity plan,
            List<Delta> deltas,
            List<Violation> violations,
            boolean delegated,
            @Nullable String refusal) {
        BudgetSheet before = plan.sheet();
        BudgetSheet after = before.apply(deltas);
        List<CellChange> changes = deltas.stream()
                .map(d -> new CellChange(
                        d.cell().tier(),
                        d.cell().channelId(),
                        plan.firstMonth().plusMonths(d.cell().month()),
                        before.planned(d.cell()),
                        after.planned(d.cell())))
                .toList();
        List<TierChange> tiers = java.util.Arrays.stream(Tier.values())
                .map(t -> new TierChange(t, before.tierTotal(t), after.tierTotal(t), after.share(t)))
                .toList();
        return new Preview(changes, tiers, before.total(), after.total(), violations, delegated, refusal);
    }

    private RequestDetail detail(ChangeRequestEntity request, BudgetPlanEntity plan, Actor actor) {
        Preview preview;
        if (request.status() == RequestStatus.APPROVED) {
            List<CellChange> changes = request.lines().stream()
                    .map(line -> new CellChange(
                            line.delta().cell().tier(),
                            line.delta().cell().channelId(),
                            plan.firstMonth().plusMonths(line.delta().cell().month()),
                            before(line),
                            after(line)))
                    .toList();
            preview = new Preview(
                    changes, List.of(), plan.totalBudget(), plan.totalBudget(), List.of(), request.delegated(), null);
        } else {
            List<Violation> violations =
                    request.status().open() ? plan.sheet().check(request.deltas(), guardrails.values()) : List.of();
            preview = preview(plan, request.deltas(), violations, false, null);
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
            stillNeeded = ApprovalPolicy.stillNeeded(
                    request.amount(),
                    rules.multiFounderPolicy(),
                    rules.multiFounderThreshold(),
                    memberships.founderUserIds(),
                    request.requestedByUserId(),
                    request.approvedBy());
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

    private List<RequestRow> rows(List<ChangeRequestEntity> page) {
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
                .map(r -> row(r, names, currencies.getOrDefault(r.planId(), "TWD")))
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

    private static BigDecimal before(ChangeRequestLineEntity line) {
        return line.amountBefore() == null ? BigDecimal.ZERO : line.amountBefore();
    }

    private static BigDecimal after(ChangeRequestLineEntity line) {
        return line.amountAfter() == null ? BigDecimal.ZERO : line.amountAfter();
    }

    private static @Nullable String codes(List<Violation> violations) {
        if (violations.isEmpty()) {
            return null;
        }
        String joined = violations.stream().map(v -> v.rule().name()).distinct().collect(Collectors.joining(","));
        return joined.length() > 500 ? joined.substring(0, 500) : joined;
    }

    /**
     * The request as the audit log says it: what kind of change, how much, from where and to where, with tiers and
     * channels by their names (issue 15).
     */
    private AuditSentence sentence(ChangeRequestEntity r, String currency) {
        List<String> args = new java.util.ArrayList<>(
                List.of(AuditSentence.text(Long.toString(r.id())), AuditSentence.money(r.amount(), currency)));
        if (r.fromTier() != null) {
            args.add(AuditSentence.label("tier." + r.fromTier()));
            args.add(channels.sentenceArg(r.fromChannelId()));
        }
        if (r.toTier() != null) {
            args.add(AuditSentence.label("tier." + r.toTier()));
            args.add(channels.sentenceArg(r.toChannelId()));
        }
        return new AuditSentence("request." + r.kind(), args);
    }

    private static String describe(ChangeRequestEntity r, String currency) {
        return "#" + r.id() + " " + r.kind() + " " + currency + " " + BudgetPlanService.plain(r.amount())
                + (r.fromTier() == null ? "" : " " + r.fromTier() + "/" + r.fromChannelId())
                + (r.toTier() == null ? "" : " → " + r.toTier() + "/" + r.toChannelId());
    }
}
