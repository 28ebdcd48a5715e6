package app.baton.budgets;

import app.baton.budgets.BudgetEvents.PlanAction;
import app.baton.budgets.internal.BudgetPlanEntity;
import app.baton.budgets.internal.BudgetPlanRepository;
import app.baton.security.CurrentUser;
import app.baton.shared.DomainException;
import app.baton.shared.Money;
import app.baton.shared.events.AuditSentence;
import app.baton.tenancy.CompanyService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to yearly budget plans: create, edit while DRAFT, activate, record what was spent. Founders and successors
 * draft (the successor may draft the plan, decision 020); only a founder activates, which signs the version activated
 * ({@link PlanAgreementService}). Every edit names the plan's change count the form was built on, so a form that is
 * out of date changes nothing.
 *
 * <p>Reading plans is {@link BudgetPlanQueryService}; the read model (tiers × channels × months with spent and original
 * amounts) is {@link PlanView}, built by {@link PlanViews}.
 */
@Service
public class BudgetPlanService {

    private final BudgetPlanRepository plans;
    private final ChannelService channels;
    private final GuardrailService guardrails;
    private final CompanyService companies;
    private final PlanAgreementService agreements;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BudgetPlanService(
            BudgetPlanRepository plans,
            ChannelService channels,
            GuardrailService guardrails,
            CompanyService companies,
            PlanAgreementService agreements,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.plans = plans;
        this.channels = channels;
        this.guardrails = guardrails;
        this.companies = companies;
        this.agreements = agreements;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Creates the DRAFT plan for a fiscal year, starting in the company's fiscal-year start month, with the usual
     * channels already in each tier (amounts zero).
     */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional
    public PlanView create(int fiscalYear, BigDecimal revenueForecast, BigDecimal totalBudget) {
        if (fiscalYear < 2000 || fiscalYear > 2100) {
            throw new DomainException("budget.plan.yearRange");
        }
        if (plans.findByFiscalYear(fiscalYear).isPresent()) {
            throw new DomainException("budget.plan.exists", fiscalYear);
        }
        CompanyService.CompanyView company = companies.current();
        String currency = company.currency();
        BudgetPlanEntity plan = new BudgetPlanEntity(
                fiscalYear,
                YearMonth.of(fiscalYear, company.fiscalYearStartMonth()),
                currency,
                nonNegative(revenueForecast, currency),
                nonNegative(totalBudget, currency),
                clock.instant());
        Map<String, Long> byCode = new LinkedHashMap<>();
        channels.channels().forEach(c -> {
            if (c.code() != null && !c.archived()) {
                byCode.put(c.code(), c.id());
            }
        });
        addDefault(plan, Tier.FOUNDATION, byCode, "WEBSITE", "SEO", "GOOGLE_ADS", "META_ADS");
        addDefault(plan, Tier.EXPERIMENT, byCode, "LINE", "CONTENT");
        addDefault(plan, Tier.RESERVE, byCode, "GENERAL");
        plans.saveAndFlush(plan);
        publish(PlanAction.CREATED, plan, "FY" + fiscalYear + " → " + plain(plan.totalBudget()), planSentence(plan));
        return PlanViews.view(plan, guardrails.values());
    }

    /** Changes the revenue forecast and the total budget of a DRAFT plan. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional
    public PlanView updateHeader(long planId, long expectedChangeCount, BigDecimal revenueForecast, BigDecimal total) {
        BudgetPlanEntity plan = load(planId, expectedChangeCount);
        String before = plain(plan.revenueForecast()) + " / " + plain(plan.totalBudget());
        String forecastBefore = AuditSentence.money(plan.revenueForecast(), plan.currency());
        String totalBefore = AuditSentence.money(plan.totalBudget(), plan.currency());
        plan.updateHeader(nonNegative(revenueForecast, plan.currency()), nonNegative(total, plan.currency()));
        return saved(
                plan,
                PlanAction.EDITED,
                "revenue/total " + before + " → " + plain(revenueForecast) + " / " + plain(total),
                AuditSentence.of(
                        "planHeader",
                        fiscalYear(plan),
                        forecastBefore,
                        AuditSentence.money(plan.revenueForecast(), plan.currency()),
                        totalBefore,
                        AuditSentence.money(plan.totalBudget(), plan.currency())));
    }

    /** Puts a channel into a tier of a DRAFT plan, with empty months. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional
    public PlanView addChannel(long planId, long expectedChangeCount, Tier tier, long channelId) {
        BudgetPlanEntity plan = load(planId, expectedChangeCount);
        channels.requireActive(channelId);
        plan.addChannel(tier, channelId);
        return saved(
                plan,
                PlanAction.EDITED,
                tier + "/" + channelId + " +",
                channelSentence("planChannelAdded", plan, tier, channelId));
    }

    /** Takes a channel and its amounts out of a tier of a DRAFT plan. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional
    public PlanView removeChannel(long planId, long expectedChangeCount, Tier tier, long channelId) {
        BudgetPlanEntity plan = load(planId, expectedChangeCount);
        plan.removeChannel(tier, channelId);
        return saved(
                plan,
                PlanAction.EDITED,
                tier + "/" + channelId + " −",
                channelSentence("planChannelRemoved", plan, tier, channelId));
    }

    /** Sets a channel's yearly amount in a DRAFT plan, spread evenly over the twelve months. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional
    public PlanView setChannelYear(
            long planId, long expectedChangeCount, Tier tier, long channelId, BigDecimal yearly) {
        BudgetPlanEntity plan = load(planId, expectedChangeCount);
        channels.requireActive(channelId);
        BigDecimal amount = nonNegative(yearly, plan.currency());
        BigDecimal before = plan.sheet().channelTotal(tier, channelId);
        plan.setChannelYear(tier, channelId, amount);
        return saved(
                plan,
                PlanAction.EDITED,
                tier + "/" + channelId + " " + plain(before) + " → " + plain(amount),
                amountSentence(plan, tier, channelId, before, amount));
    }

    /** Sets the months of one channel in a DRAFT plan by hand (twelve amounts, first month first). */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional
    public PlanView setMonths(
            long planId, long expectedChangeCount, Tier tier, long channelId, List<BigDecimal> months) {
        BudgetPlanEntity plan = load(planId, expectedChangeCount);
        channels.requireActive(channelId);
        if (months.size() != FiscalYear.MONTHS) {
            throw new DomainException("budget.plan.twelveMonths");
        }
        List<BigDecimal> clean =
                months.stream().map(m -> nonNegative(m, plan.currency())).toList();
        BigDecimal before = plan.sheet().channelTotal(tier, channelId);
        for (int month = 0; month < FiscalYear.MONTHS; month++) {
            plan.setMonth(new Cell(tier, channelId, month), clean.get(month));
        }
        BigDecimal after = clean.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return saved(
                plan,
                PlanAction.EDITED,
                tier + "/" + channelId + " " + plain(before) + " → " + plain(after),
                amountSentence(plan, tier, channelId, before, after));
    }

    /**
     * Activates a DRAFT plan: its amounts become the original baseline and from now on every change is a budget
     * change request. The tiers must add up to the total budget.
     */
    @PreAuthorize("hasRole('FOUNDER')")
    @Transactional
    public PlanView activate(long planId, long expectedChangeCount) {
        BudgetPlanEntity plan = load(planId, expectedChangeCount);
        long version = plan.changeCount();
        plan.activate(currentUser.require().userId(), clock.instant());
        // activating is the founder's signature on the version activated
        agreements.activated(plan, version);
        return saved(
                plan,
                PlanAction.ACTIVATED,
                "FY" + plan.fiscalYear() + " " + plain(plan.totalBudget()),
                planSentence(plan));
    }

    /**
     * Records what was actually spent in one month of a channel (replacing the figure). Later, accepted vendor
     * reports and experiment results feed this; until then founders and successors enter it.
     */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional
    public PlanView recordSpent(long planId, Tier tier, long channelId, YearMonth month, BigDecimal amount) {
        BudgetPlanEntity plan = load(planId);
        int index = plan.monthIndex(month).orElseThrow(() -> new DomainException("request.monthOutsidePlan"));
        BigDecimal clean = nonNegative(amount, plan.currency());
        Cell cell = new Cell(tier, channelId, index);
        BigDecimal before = plan.sheet().spent(cell);
        plan.recordSpent(cell, clean);
        return saved(
                plan,
                PlanAction.SPEND_RECORDED,
                tier + "/" + channelId + "/" + month + " " + plain(before) + " → " + plain(clean),
                AuditSentence.of(
                        "spendRecorded",
                        channels.sentenceArg(channelId),
                        AuditSentence.label("tier." + tier),
                        AuditSentence.month(month),
                        AuditSentence.money(before, plan.currency()),
                        AuditSentence.money(clean, plan.currency())));
    }

    BudgetPlanEntity load(long planId) {
        return plans.findById(planId).orElseThrow(() -> new DomainException("budget.plan.notFound"));
    }

    private BudgetPlanEntity load(long planId, long expectedChangeCount) {
        BudgetPlanEntity plan = load(planId);
        if (plan.changeCount() != expectedChangeCount) {
            throw new DomainException("budget.plan.changed");
        }
        return plan;
    }

    private PlanView saved(BudgetPlanEntity plan, PlanAction action, String summary, AuditSentence sentence) {
        Saves.flush(plans, plan);
        publish(action, plan, summary, sentence);
        return PlanViews.view(plan, guardrails.values());
    }

    private void publish(PlanAction action, BudgetPlanEntity plan, String summary, AuditSentence sentence) {
        Actor actor = Actor.of(currentUser);
        events.publishEvent(new BudgetEvents.PlanChanged(
                actor.tenantId(), actor.userId(), actor.roleName(), action, plan.id(), summary, sentence));
    }

    /** The fiscal year as a sentence names it (plain digits, no grouping). */
    static String fiscalYear(BudgetPlanEntity plan) {
        return AuditSentence.text(Integer.toString(plan.fiscalYear()));
    }

    private static AuditSentence planSentence(BudgetPlanEntity plan) {
        return AuditSentence.of("plan", fiscalYear(plan), AuditSentence.money(plan.totalBudget(), plan.currency()));
    }

    private AuditSentence channelSentence(String key, BudgetPlanEntity plan, Tier tier, long channelId) {
        return AuditSentence.of(
                key, fiscalYear(plan), channels.sentenceArg(channelId), AuditSentence.label("tier." + tier));
    }

    private AuditSentence amountSentence(
            BudgetPlanEntity plan, Tier tier, long channelId, BigDecimal before, BigDecimal after) {
        return AuditSentence.of(
                "planChannelAmount",
                fiscalYear(plan),
                channels.sentenceArg(channelId),
                AuditSentence.label("tier." + tier),
                AuditSentence.money(before, plan.currency()),
                AuditSentence.money(after, plan.currency()));
    }

    private static void addDefault(BudgetPlanEntity plan, Tier tier, Map<String, Long> byCode, String... codes) {
        Arrays.stream(codes)
                .map(byCode::get)
                .filter(java.util.Objects::nonNull)
                .forEach(id -> plan.addChannel(tier, id));
    }

    static BigDecimal nonNegative(BigDecimal amount, String currency) {
        if (amount.signum() < 0) {
            throw new DomainException("money.negative");
        }
        return Money.exact(amount, currency);
    }

    static String plain(BigDecimal amount) {
        return Money.plain(amount);
    }
}
