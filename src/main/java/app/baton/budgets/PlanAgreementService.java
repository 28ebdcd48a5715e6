package app.baton.budgets;

import app.baton.budgets.BudgetEvents.PlanAction;
import app.baton.budgets.internal.BudgetPlanEntity;
import app.baton.budgets.internal.BudgetPlanRepository;
import app.baton.budgets.internal.PlanSignatureEntity;
import app.baton.budgets.internal.PlanSignatureRepository;
import app.baton.security.AccountDirectory;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipRole;
import app.baton.shared.DomainException;
import app.baton.shared.events.AuditSentence;
import app.baton.tenancy.MembershipService;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Both generations signing the plan (「雙方需要就企業的整體行銷目標達成一致」, decision 020): either may draft it, each
 * signs the version they read (the draft's change count), and it is agreed when a founder and a successor signed the
 * same version (a founder alone where the company has no successor). A change to the draft is a new version: what was
 * signed before is kept but no longer agrees it. The founder's activation signs the version activated; an active
 * plan shows whether the successor had signed that version. Activation does not wait for it: the founders decide
 * money, and the page says plainly when a plan was activated without the successor's signature.
 */
@Service
public class PlanAgreementService {

    private final BudgetPlanRepository plans;
    private final BudgetPlanQueryService summaries;
    private final PlanSignatureRepository signatures;
    private final MembershipService memberships;
    private final AccountDirectory accounts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanAgreementService(
            BudgetPlanRepository plans,
            BudgetPlanQueryService summaries,
            PlanSignatureRepository signatures,
            MembershipService memberships,
            AccountDirectory accounts,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.plans = plans;
        this.summaries = summaries;
        this.signatures = signatures;
        this.memberships = memberships;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Signs the draft version the page showed ({@code expectedChangeCount}) for the signed-in person's generation. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional
    public PlanAgreement sign(long planId, long expectedChangeCount) {
        BudgetPlanEntity plan = plans.findById(planId).orElseThrow(() -> new DomainException("budget.plan.notFound"));
        if (plan.status() != PlanStatus.DRAFT) {
            throw new DomainException("budget.plan.signDraftOnly");
        }
        if (plan.changeCount() != expectedChangeCount) {
            throw new DomainException("budget.plan.changed");
        }
        MembershipRole role = currentUser.requireMembership().role();
        record(plan, role);
        PlanAgreement now = agreement(plan);
        boolean agreed = now.agreed();
        Actor actor = Actor.of(currentUser);
        events.publishEvent(new BudgetEvents.PlanChanged(
                actor.tenantId(),
                actor.userId(),
                actor.roleName(),
                agreed ? PlanAction.AGREED : PlanAction.SIGNED,
                plan.id(),
                "FY" + plan.fiscalYear() + " v" + plan.changeCount() + " signed by " + role,
                AuditSentence.of(
                        "planSigned",
                        BudgetPlanService.fiscalYear(plan),
                        AuditSentence.number(plan.changeCount()),
                        AuditSentence.label("role." + role.name()))));
        // the other generation is asked to sign; an agreement is news for the whole family
        java.util.Set<Long> toTell = memberships.members().stream()
                .filter(m -> m.role() == MembershipRole.FOUNDER || m.role() == MembershipRole.SUCCESSOR)
                .filter(m -> agreed || m.role() != role)
                .map(MembershipService.MemberView::userId)
                .collect(java.util.stream.Collectors.toSet());
        events.publishEvent(new BudgetEvents.PlanSigned(
                actor.tenantId(), actor.userId(), plan.id(), plan.fiscalYear(), agreed, java.util.Set.copyOf(toTell)));
        return now;
    }

    /**
     * The draft plans waiting for the signed-in person's generation: the other generation signed the version on the
     * page and this one has not.
     */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public List<PlanSummary> waitingForMe() {
        MembershipRole me = currentUser.requireMembership().role();
        MembershipRole other = me == MembershipRole.FOUNDER ? MembershipRole.SUCCESSOR : MembershipRole.FOUNDER;
        List<Long> draftIds = summaries.plans().stream()
                .filter(p -> p.status() == PlanStatus.DRAFT)
                .map(PlanSummary::id)
                .toList();
        if (draftIds.isEmpty()) {
            // the usual case (an active plan): nothing more is read
            return List.of();
        }
        List<BudgetPlanEntity> drafts = plans.findAllById(draftIds);
        // the drafts' signatures in one read
        Map<Long, List<PlanSignatureEntity>> byPlan =
                signatures
                        .findByPlanIdIn(
                                drafts.stream().map(BudgetPlanEntity::id).toList())
                        .stream()
                        .collect(java.util.stream.Collectors.groupingBy(PlanSignatureEntity::planId));
        return drafts.stream()
                .filter(p -> {
                    List<PlanSignatureEntity> on = byPlan.getOrDefault(p.id(), List.of()).stream()
                            .filter(s -> s.changeCount() == p.changeCount())
                            .toList();
                    return on.stream().anyMatch(s -> s.role() == other)
                            && on.stream().noneMatch(s -> s.role() == me);
                })
                .map(p -> new PlanSummary(
                        p.id(), p.fiscalYear(), p.status(), p.totalBudget(), p.currency(), p.firstMonth()))
                .toList();
    }

    /** Whether the plan is agreed, and who signed the version concerned. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public PlanAgreement agreement(long planId) {
        return agreement(plans.findById(planId).orElseThrow(() -> new DomainException("budget.plan.notFound")));
    }

    /** The founder's activation signs the version activated (called in the activation's transaction). */
    void activated(BudgetPlanEntity plan, long activatedVersion) {
        boolean signed = signatures.findByPlanIdOrderByChangeCountDesc(plan.id()).stream()
                .anyMatch(s -> s.changeCount() == activatedVersion && s.role() == MembershipRole.FOUNDER);
        if (!signed) {
            signatures.save(new PlanSignatureEntity(
                    plan,
                    activatedVersion,
                    MembershipRole.FOUNDER,
                    currentUser.require().userId(),
                    clock.instant()));
        }
    }

    private void record(BudgetPlanEntity plan, MembershipRole role) {
        if (role != MembershipRole.FOUNDER && role != MembershipRole.SUCCESSOR) {
            throw new DomainException("goals.familyOnly");
        }
        boolean already = signatures.findByPlanIdOrderByChangeCountDesc(plan.id()).stream()
                .anyMatch(s -> s.changeCount() == plan.changeCount() && s.role() == role);
        if (already) {
            throw new DomainException("budget.plan.alreadySigned");
        }
        try {
            signatures.saveAndFlush(
                    new PlanSignatureEntity(plan, role, currentUser.require().userId(), clock.instant()));
        } catch (DataIntegrityViolationException e) {
            // the same generation signed in another window at the same moment
            throw new DomainException("budget.plan.alreadySigned");
        }
    }

    private PlanAgreement agreement(BudgetPlanEntity plan) {
        List<PlanSignatureEntity> all = signatures.findByPlanIdOrderByChangeCountDesc(plan.id());
        // a draft's version is the one on the page; an active plan's the one its founder activated
        long version = plan.status() == PlanStatus.DRAFT
                ? plan.changeCount()
                : all.stream()
                        .filter(s -> s.role() == MembershipRole.FOUNDER)
                        .mapToLong(PlanSignatureEntity::changeCount)
                        .max()
                        .orElse(-1);
        Optional<PlanSignatureEntity> founder = signed(all, version, MembershipRole.FOUNDER);
        Optional<PlanSignatureEntity> successor = signed(all, version, MembershipRole.SUCCESSOR);
        boolean noSuccessor = memberships.members().stream().noneMatch(m -> m.role() == MembershipRole.SUCCESSOR);
        Map<Long, String> names = accounts.displayNames(
                all.stream().map(PlanSignatureEntity::userId).distinct().toList());
        MembershipRole me = currentUser.requireMembership().role();
        boolean mine = me == MembershipRole.FOUNDER ? founder.isPresent() : successor.isPresent();
        return new PlanAgreement(
                version,
                founder.map(s -> names.getOrDefault(s.userId(), "#" + s.userId()))
                        .orElse(null),
                founder.map(PlanSignatureEntity::signedAt).orElse(null),
                successor
                        .map(s -> names.getOrDefault(s.userId(), "#" + s.userId()))
                        .orElse(null),
                successor.map(PlanSignatureEntity::signedAt).orElse(null),
                founder.isPresent() && (successor.isPresent() || noSuccessor),
                founder.isPresent() && successor.isEmpty() && noSuccessor,
                successor.isEmpty()
                        && all.stream()
                                .anyMatch(s -> s.role() == MembershipRole.SUCCESSOR && s.changeCount() < version),
                plan.status() == PlanStatus.DRAFT
                        && !mine
                        && (me == MembershipRole.FOUNDER || me == MembershipRole.SUCCESSOR),
                plan.status() == PlanStatus.DRAFT ? since(plan, all, names) : null);
    }

    /** What changed in the draft since the latest signature on an earlier version; null when there is none. */
    private PlanAgreement.@org.jspecify.annotations.Nullable SinceSigned since(
            BudgetPlanEntity plan, List<PlanSignatureEntity> all, Map<Long, String> names) {
        PlanSignatureEntity last = all.stream()
                .filter(s -> s.changeCount() < plan.changeCount())
                .max(java.util.Comparator.comparingLong(PlanSignatureEntity::changeCount)
                        .thenComparing(PlanSignatureEntity::signedAt))
                .orElse(null);
        if (last == null) {
            return null;
        }
        Map<Cell, java.math.BigDecimal> before = last.amounts();
        Map<Cell, java.math.BigDecimal> now = new java.util.HashMap<>();
        plan.lines().forEach(l -> now.put(l.cell(), l.planned()));
        java.util.Set<Cell> cells = new java.util.TreeSet<>(java.util.Comparator.comparing(Cell::tier)
                .thenComparingLong(Cell::channelId)
                .thenComparingInt(Cell::month));
        cells.addAll(before.keySet());
        cells.addAll(now.keySet());
        List<CellChange> changes = new java.util.ArrayList<>();
        for (Cell cell : cells) {
            java.math.BigDecimal was = before.getOrDefault(cell, java.math.BigDecimal.ZERO);
            java.math.BigDecimal is = now.getOrDefault(cell, java.math.BigDecimal.ZERO);
            if (was.compareTo(is) != 0) {
                changes.add(new CellChange(
                        cell.tier(), cell.channelId(), plan.firstMonth().plusMonths(cell.month()), was, is));
            }
        }
        return new PlanAgreement.SinceSigned(
                last.changeCount(),
                names.getOrDefault(last.userId(), "#" + last.userId()),
                last.role(),
                last.signedAt(),
                last.revenueForecast().compareTo(plan.revenueForecast()) != 0 ? last.revenueForecast() : null,
                last.totalBudget().compareTo(plan.totalBudget()) != 0 ? last.totalBudget() : null,
                List.copyOf(changes));
    }

    private static Optional<PlanSignatureEntity> signed(
            List<PlanSignatureEntity> all, long version, MembershipRole role) {
        return all.stream()
                .filter(s -> s.changeCount() == version && Objects.equals(s.role(), role))
                .findFirst();
    }
}
