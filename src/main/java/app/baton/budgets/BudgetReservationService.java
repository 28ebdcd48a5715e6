package app.baton.budgets;

import app.baton.budgets.BudgetEvents.PlanAction;
import app.baton.budgets.internal.BudgetPlanEntity;
import app.baton.budgets.internal.BudgetPlanRepository;
import app.baton.budgets.internal.ReservationEntity;
import app.baton.budgets.internal.ReservationRepository;
import app.baton.security.CurrentUser;
import app.baton.shared.DomainException;
import app.baton.shared.Money;
import app.baton.shared.events.AuditSentence;
import app.baton.shared.ids.ExperimentId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The experiment tier's money set aside for approved experiments: how much is still free, reserving on approval
 * (never more than the tier has) and releasing what a stopped experiment did not spend. Every reservation and
 * release bumps the plan, so two decisions on the same plan state cannot both take the same money.
 */
@Service
public class BudgetReservationService {

    private final BudgetPlanRepository plans;
    private final ReservationRepository reservations;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final org.springframework.beans.factory.ObjectProvider<ActualSpend> actuals;
    private final Delegation delegation;
    private final GuardrailService guardrails;

    BudgetReservationService(
            BudgetPlanRepository plans,
            ReservationRepository reservations,
            Delegation delegation,
            GuardrailService guardrails,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock,
            org.springframework.beans.factory.ObjectProvider<ActualSpend> actuals) {
        this.actuals = actuals;
        this.delegation = delegation;
        this.guardrails = guardrails;
        this.plans = plans;
        this.reservations = reservations;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The experiment tier of the active plan covering a date: its total, what is held, and what is free. */
    public record TierAvailability(
            long planId,
            int fiscalYear,
            String currency,
            BigDecimal tierTotal,
            BigDecimal held,
            BigDecimal spentBesidesExperiments,
            BigDecimal free) {}

    /** The experiment tier's money for the active plan covering {@code date}, if there is one. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public Optional<TierAvailability> availability(LocalDate date) {
        return activePlan(date).map(this::availability);
    }

    /**
     * Sets money aside for an approved experiment in the active plan covering its start date. Refuses more than the
     * experiment tier has free ({@code experiment.notEnoughInTier}) and a start outside any active plan.
     */
    @PreAuthorize("hasRole('FOUNDER')")
    @Transactional
    public TierAvailability reserve(ExperimentId experiment, LocalDate startDate, BigDecimal amount) {
        long experimentId = experiment.value();
        BudgetPlanEntity plan = activePlan(startDate).orElseThrow(() -> new DomainException("experiment.noActivePlan"));
        TierAvailability before = availability(plan);
        if (amount.compareTo(before.free()) > 0) {
            throw new DomainException("experiment.notEnoughInTier", Money.exact(before.free(), plan.currency()));
        }
        // one reservation per experiment: a second approval racing this one fails here, in words
        Saves.flush(reservations, new ReservationEntity(plan.id(), experimentId, amount, clock.instant()));
        plan.recordReservationChange();
        Saves.flush(plans, plan);
        publish(plan, PlanAction.RESERVED, experimentId, amount, before.free());
        return availability(plan);
    }

    /**
     * A successor's experiment approved on submission by their delegated authority (decision 020): when its budget is
     * within their limit per request and what their month has left (budget moves and experiments together), breaks
     * no guardrail, and the experiment tier has it free, the money is reserved in their name at once. Otherwise
     * nothing happens and the founders decide as usual.
     *
     * @return the tier after the reservation, or empty when the founders decide
     */
    @PreAuthorize("hasRole('SUCCESSOR')")
    @Transactional
    public Optional<TierAvailability> reserveWithinAuthority(
            ExperimentId experiment, LocalDate startDate, BigDecimal amount) {
        Actor actor = Actor.of(currentUser);
        Optional<BudgetPlanEntity> found = activePlan(startDate);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        BudgetPlanEntity plan = found.get();
        TierAvailability before = availability(plan);
        if (!delegable(actor, amount, before)) {
            return Optional.empty();
        }
        Saves.flush(
                reservations,
                ReservationEntity.delegated(plan.id(), experiment.value(), amount, clock.instant(), actor.userId()));
        plan.recordReservationChange();
        Saves.flush(plans, plan);
        publish(plan, PlanAction.RESERVED, experiment.value(), amount, before.free());
        return Optional.of(availability(plan));
    }

    /**
     * Whether the signed-in person's experiment of {@code amount} starting on {@code startDate} would be approved on
     * submission by their delegated authority (what the proposal form says before it is sent). Never for a founder.
     */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public boolean withinAuthority(LocalDate startDate, BigDecimal amount) {
        Actor actor = Actor.of(currentUser);
        return activePlan(startDate)
                .map(plan -> delegable(actor, amount, availability(plan)))
                .orElse(false);
    }

    /** A successor's, within their authority and the guardrails, and free in the tier. */
    private boolean delegable(Actor actor, BigDecimal amount, TierAvailability tier) {
        return actor.role() == app.baton.security.MembershipRole.SUCCESSOR
                && amount.signum() > 0
                && amount.compareTo(tier.free()) <= 0
                && app.baton.approvals.ApprovalPolicy.withinDelegation(
                        actor.role(),
                        amount,
                        delegation.authorityOf(actor.userId()),
                        BudgetSheet.checkExperiment(amount, guardrails.values()));
    }

    /** Releases what an experiment holds beyond {@code spent}; returns the amount released (zero if none). */
    @PreAuthorize("hasRole('FOUNDER')")
    @Transactional
    public BigDecimal release(ExperimentId experiment, BigDecimal spent) {
        long experimentId = experiment.value();
        Optional<ReservationEntity> found = reservations.findByExperimentId(experimentId);
        if (found.isEmpty()) {
            return BigDecimal.ZERO;
        }
        ReservationEntity reservation = found.get();
        BigDecimal unspent = reservation.held().subtract(spent);
        if (unspent.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        BudgetPlanEntity plan = plans.findById(reservation.planId()).orElseThrow();
        BigDecimal freeBefore = availability(plan).free();
        reservation.release(unspent);
        plan.recordReservationChange();
        Saves.flush(plans, plan);
        publish(plan, PlanAction.RELEASED, experimentId, unspent, freeBefore);
        return unspent;
    }

    /** What an experiment holds now (zero when nothing was reserved). */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public BigDecimal held(ExperimentId experiment) {
        return reservations
                .findByExperimentId(experiment.value())
                .map(ReservationEntity::held)
                .orElse(BigDecimal.ZERO);
    }

    private Optional<BudgetPlanEntity> activePlan(LocalDate date) {
        return plans.findAllByOrderByFiscalYearDesc().stream()
                .filter(p -> p.status() == PlanStatus.ACTIVE && p.covers(date))
                .findFirst();
    }

    /**
     * The experiment tier's money: its total, what experiments hold (their reservations), what was spent on the
     * tier's channels besides experiments (reports, entered spend, fees — the dashboard's definition of actual), and
     * what is free: the total minus both. One definition for the form's check, the approval gate and the dashboard.
     */
    private TierAvailability availability(BudgetPlanEntity plan) {
        BigDecimal tier = plan.sheet().tierTotal(Tier.EXPERIMENT);
        BigDecimal held = reservations.heldIn(plan.id());
        ActualSpend actual = actuals.getIfAvailable();
        BigDecimal spent = BigDecimal.ZERO;
        if (actual != null) {
            ActualSpend.Figures figures = actual.byTier(plan.fiscalYear()).get(Tier.EXPERIMENT);
            spent = figures == null ? BigDecimal.ZERO : figures.actualBesidesExperiments();
        }
        return new TierAvailability(
                plan.id(),
                plan.fiscalYear(),
                plan.currency(),
                tier,
                held,
                spent,
                tier.subtract(held).subtract(spent).max(BigDecimal.ZERO));
    }

    private void publish(
            BudgetPlanEntity plan, PlanAction action, long experimentId, BigDecimal amount, BigDecimal free) {
        Actor actor = Actor.of(currentUser);
        BigDecimal after = availability(plan).free();
        events.publishEvent(new BudgetEvents.PlanChanged(
                actor.tenantId(),
                actor.userId(),
                actor.roleName(),
                action,
                plan.id(),
                "experiment #" + experimentId + " " + BudgetPlanService.plain(amount) + "; EXPERIMENT free "
                        + BudgetPlanService.plain(free) + " → " + BudgetPlanService.plain(after),
                AuditSentence.of(
                        action == PlanAction.RESERVED ? "reserved" : "released",
                        AuditSentence.money(amount, plan.currency()),
                        AuditSentence.text(Long.toString(experimentId)),
                        AuditSentence.money(free, plan.currency()),
                        AuditSentence.money(after, plan.currency()))));
    }
}
