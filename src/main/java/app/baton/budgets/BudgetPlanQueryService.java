package app.baton.budgets;

import app.baton.budgets.internal.BudgetPlanRepository;
import app.baton.security.CurrentUser;
import app.baton.shared.DomainException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Yearly budget plans as founders and successors read them: the list, one plan as tiers × channels × months with the
 * original (activated) amounts beside the current ones ({@link PlanView}), and the year a new plan is suggested for.
 * {@link BudgetPlanService} changes them.
 */
@Service
public class BudgetPlanQueryService {

    private final BudgetPlanRepository plans;
    private final GuardrailService guardrails;
    private final CurrentUser currentUser;
    private final Clock clock;

    BudgetPlanQueryService(
            BudgetPlanRepository plans, GuardrailService guardrails, CurrentUser currentUser, Clock clock) {
        this.plans = plans;
        this.guardrails = guardrails;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** {@link PlanCalendar#suggestedFiscalYear(LocalDate, java.util.Collection)} for today in the company's time zone. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public int suggestedFiscalYear() {
        return PlanCalendar.suggestedFiscalYear(
                LocalDate.now(clock.withZone(currentUser.requireMembership().zoneId())),
                plans().stream().map(PlanSummary::fiscalYear).toList());
    }

    /** Every plan of the current company, newest year first. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public List<PlanSummary> plans() {
        // read once per read-only transaction: the dashboard lists the years and what waits reads the drafts
        return app.baton.shared.persistence.TransactionMemo.get(
                new Summaries(
                        currentUser.requireMembership().tenantId(), app.baton.shared.tenant.TenantContext.override()),
                () -> plans.findAllByOrderByFiscalYearDesc().stream()
                        .map(p -> new PlanSummary(
                                p.id(), p.fiscalYear(), p.status(), p.totalBudget(), p.currency(), p.firstMonth()))
                        .toList());
    }

    /** The key of {@link #plans()}'s memo: which company. */
    private record Summaries(
            long tenantId,
            @org.jspecify.annotations.Nullable Long tenantOverride) {}

    /** The plan for a fiscal year, if there is one. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public Optional<PlanView> plan(int fiscalYear) {
        return plans.findByFiscalYear(fiscalYear).map(p -> PlanViews.view(p, guardrails.values()));
    }

    /** The plan by id. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public PlanView plan(long planId) {
        return PlanViews.view(
                plans.findById(planId).orElseThrow(() -> new DomainException("budget.plan.notFound")),
                guardrails.values());
    }
}
