package app.baton.budgets;

import static app.baton.budgets.BudgetFixtures.YEAR;
import static app.baton.budgets.BudgetFixtures.money;
import static app.baton.budgets.BudgetRequestServiceIT.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.baton.DatabaseTestBase;
import app.baton.DateSensitive;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.approvals.MultiFounderPolicy;
import app.baton.audit.AuditService;
import app.baton.audit.AuditService.AuditFilter;
import app.baton.budgets.BudgetFixtures.ActivePlan;
import app.baton.budgets.BudgetFixtures.Budgets;
import app.baton.shared.DomainException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Plans, channels and guardrails on the real database. */
@DateSensitive
class BudgetPlanServiceIT extends DatabaseTestBase {

    @Autowired
    Companies companies;

    @Autowired
    Budgets budgets;

    @Autowired
    BudgetPlanService plans;

    @Autowired
    BudgetPlanQueryService planQueries;

    @Autowired
    ChannelService channels;

    @Autowired
    GuardrailService guardrails;

    @Autowired
    AuditService audit;

    Company c;

    @BeforeEach
    void company() {
        c = companies.create("plans");
    }

    @Test
    void a_founder_creates_a_draft_with_the_default_channels_and_a_yearly_amount_spreads_evenly() throws Exception {
        PlanView plan = companies.as(c.founder(), () -> plans.create(YEAR, money(20_000_000), money(1_000_000)));
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.firstMonth()).hasToString(YEAR + "-01");
        assertThat(plan.tier(Tier.FOUNDATION).channels()).hasSize(4);
        assertThat(plan.tier(Tier.EXPERIMENT).channels()).hasSize(2);
        assertThat(plan.tier(Tier.RESERVE).channels()).hasSize(1);
        long ads = channelId("GOOGLE_ADS");

        PlanView spread = companies.as(
                c.founder(),
                () -> plans.setChannelYear(plan.id(), plan.changeCount(), Tier.FOUNDATION, ads, money(100)));
        List<BigDecimal> months = row(spread, Tier.FOUNDATION, ads).months();
        assertThat(months.get(0)).isEqualByComparingTo("9");
        assertThat(months.get(11)).isEqualByComparingTo("8");
        assertThat(row(spread, Tier.FOUNDATION, ads).total()).isEqualByComparingTo("100");

        List<BigDecimal> byHand = new ArrayList<>(Collections.nCopies(12, BigDecimal.ZERO));
        byHand.set(2, money(300_000));
        byHand.set(9, money(200_000));
        PlanView manual = companies.as(
                c.founder(), () -> plans.setMonths(plan.id(), spread.changeCount(), Tier.FOUNDATION, ads, byHand));
        assertThat(manual.tier(Tier.FOUNDATION).total()).isEqualByComparingTo("500000");
        assertThat(manual.allocated()).isEqualByComparingTo("500000");
        assertThat(manual.monthTotals().get(2)).isEqualByComparingTo("300000");
    }

    @Test
    void activation_needs_the_tiers_to_add_up_to_the_total_and_then_freezes_the_draft() throws Exception {
        PlanView plan = companies.as(c.founder(), () -> plans.create(YEAR, money(20_000_000), money(1_000_000)));
        PlanView half = companies.as(
                c.founder(),
                () -> plans.setChannelYear(
                        plan.id(), plan.changeCount(), Tier.FOUNDATION, channelId("SEO"), money(500_000)));
        assertRefused(
                () -> companies.as(c.founder(), () -> plans.activate(plan.id(), half.changeCount())),
                "budget.plan.notFullyAllocated");
        PlanView full = companies.as(
                c.founder(),
                () -> plans.updateHeader(plan.id(), half.changeCount(), money(20_000_000), money(500_000)));
        PlanView active = companies.as(c.founder(), () -> plans.activate(plan.id(), full.changeCount()));
        assertThat(active.status()).isEqualTo(PlanStatus.ACTIVE);
        assertThat(active.baselineTotal()).isEqualByComparingTo("500000");
        assertRefused(
                () -> companies.as(
                        c.founder(),
                        () -> plans.setChannelYear(
                                plan.id(), active.changeCount(), Tier.FOUNDATION, channelId("SEO"), money(1))),
                "budget.plan.notDraft");
        assertThat(companies.as(c.founder(), () -> audit.search(AuditFilter.none(), 0, 50)))
                .extracting(AuditService.AuditEntry::action)
                .contains("BUDGET_PLAN_CREATED", "BUDGET_PLAN_EDITED", "BUDGET_PLAN_ACTIVATED");
    }

    @Test
    void bad_plan_input_is_refused_with_a_message() throws Exception {
        PlanView plan = companies.as(c.founder(), () -> plans.create(YEAR, money(20_000_000), money(1_000_000)));
        long ads = channelId("GOOGLE_ADS");
        assertRefused(
                () -> companies.as(c.founder(), () -> plans.create(YEAR, money(1), money(1))), "budget.plan.exists");
        assertRefused(
                () -> companies.as(
                        c.founder(),
                        () -> plans.setChannelYear(plan.id(), plan.changeCount(), Tier.FOUNDATION, ads, money(-1))),
                "money.negative");
        assertRefused(
                () -> companies.as(
                        c.founder(),
                        () -> plans.setChannelYear(
                                plan.id(), plan.changeCount(), Tier.FOUNDATION, ads, new BigDecimal("10.5"))),
                "money.tooManyDecimals");
        assertRefused(
                () -> companies.as(
                        c.founder(),
                        () -> plans.setChannelYear(plan.id(), plan.changeCount() - 1, Tier.FOUNDATION, ads, money(1))),
                "budget.plan.changed");
        companies.run(c.founder(), () -> channels.archive(ads));
        assertRefused(
                () -> companies.as(
                        c.founder(),
                        () -> plans.setChannelYear(plan.id(), plan.changeCount(), Tier.FOUNDATION, ads, money(1))),
                "budget.channel.archived");
    }

    @Test
    void successors_draft_plans_but_only_founders_activate_and_vendors_see_nothing() throws Exception {
        ActivePlan plan = budgets.activePlan(c.founder());
        assertThat(companies
                        .as(c.successor(), () -> planQueries.plan(plan.id()))
                        .totalBudget())
                .isEqualByComparingTo("1000000");
        // the successor may draft next year's plan (decision 020), never activate it, nor edit an active one
        PlanView draft = companies.as(c.successor(), () -> plans.create(YEAR + 1, money(1), money(1)));
        assertThat(draft.status()).isEqualTo(PlanStatus.DRAFT);
        assertThatThrownBy(() -> companies.as(c.successor(), () -> plans.activate(draft.id(), draft.changeCount())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> companies.as(
                        c.successor(),
                        () -> plans.setChannelYear(
                                plan.id(),
                                budgets.changeCount(c.successor(), plan.id()),
                                Tier.FOUNDATION,
                                plan.channel("GOOGLE_ADS"),
                                money(1))))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> companies.as(c.vendor(), () -> plans.create(YEAR + 2, money(1), money(1))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> companies.as(c.vendor(), () -> planQueries.plans()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> companies.as(c.vendor(), () -> guardrails.current()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> companies.as(c.vendor(), () -> channels.channels()))
                .isInstanceOf(AccessDeniedException.class);
        // an agency sees the names of the channels it is engaged for, nothing else of the budget
        long line = plan.channel("LINE");
        assertThat(companies.as(c.vendor(), () -> channels.channels(java.util.List.of(line))))
                .singleElement()
                .satisfies(ch -> assertThat(ch.code()).isEqualTo("LINE"));
    }

    @Test
    void founders_add_rename_and_archive_channels() throws Exception {
        ChannelService.ChannelView added = companies.as(c.founder(), () -> channels.add("Podcast 贊助"));
        assertThat(added.code()).isNull();
        assertRefused(() -> companies.as(c.founder(), () -> channels.add("podcast 贊助")), "budget.channel.duplicate");
        assertRefused(() -> companies.as(c.founder(), () -> channels.add("  ")), "budget.channel.nameRequired");
        long line = channelId("LINE");
        companies.run(c.founder(), () -> channels.rename(line, "LINE 官方帳號"));
        companies.run(c.founder(), () -> channels.archive(added.id()));
        List<ChannelService.ChannelView> all = companies.as(c.successor(), () -> channels.channels());
        assertThat(all).filteredOn(ch -> ch.id() == line).singleElement().satisfies(ch -> {
            assertThat(ch.code()).isEqualTo("LINE");
            assertThat(ch.name()).isEqualTo("LINE 官方帳號");
        });
        assertThat(all)
                .filteredOn(ch -> ch.id() == added.id())
                .singleElement()
                .satisfies(ch -> assertThat(ch.archived()).isTrue());
        assertThatThrownBy(() -> companies.as(c.successor(), () -> channels.add("Mine")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(companies.as(c.founder(), () -> audit.search(AuditFilter.none(), 0, 50)))
                .extracting(AuditService.AuditEntry::action)
                .contains("CHANNEL_ADDED", "CHANNEL_RENAMED", "CHANNEL_ARCHIVED");
    }

    @Test
    void guardrail_changes_need_a_reason_and_are_audited_with_it() throws Exception {
        GuardrailService.CurrentGuardrails defaults = companies.as(c.successor(), () -> guardrails.current());
        assertThat(defaults.values()).isEqualTo(Guardrails.defaults());
        Guardrails tighter = new Guardrails(
                new BigDecimal("12"),
                money(50_000),
                new BigDecimal("8"),
                money(20_000),
                MultiFounderPolicy.EVERY_FOUNDER,
                money(100_000),
                false);
        assertRefused(
                () -> companies.as(c.founder(), () -> guardrails.update(defaults.version(), tighter, " ")),
                "guardrails.reasonRequired");
        assertRefused(
                () -> companies.as(
                        c.founder(),
                        () -> guardrails.update(
                                defaults.version(),
                                new Guardrails(
                                        new BigDecimal("120"),
                                        null,
                                        BigDecimal.ONE,
                                        BigDecimal.ZERO,
                                        MultiFounderPolicy.ANY_FOUNDER,
                                        BigDecimal.ZERO,
                                        false),
                                "typo")),
                "guardrails.percentRange");
        GuardrailService.CurrentGuardrails updated = companies.as(
                c.founder(), () -> guardrails.update(defaults.version(), tighter, "Slow year: keep more in reserve"));
        assertThat(updated.values().minReservePct()).isEqualByComparingTo("8");
        assertThat(updated.updatedBy()).isNotNull();
        assertRefused(
                () -> companies.as(c.founder(), () -> guardrails.update(defaults.version(), tighter, "again")),
                "guardrails.changed");
        assertThatThrownBy(() -> companies.as(c.successor(), () -> guardrails.update(updated.version(), tighter, "x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(companies.as(
                        c.founder(), () -> audit.search(new AuditFilter(null, null, null, "GUARDRAILS_CHANGED"), 0, 5)))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.reason()).isEqualTo("Slow year: keep more in reserve");
                    assertThat(e.summary()).contains("minReserve 5%").contains("minReserve 8%");
                });
    }

    private long channelId(String code) throws Exception {
        return companies.as(c.founder(), () -> channels.channels()).stream()
                .filter(ch -> code.equals(ch.code()))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static ChannelRow row(PlanView plan, Tier tier, long channelId) {
        return plan.tier(tier).channels().stream()
                .filter(r -> r.channelId() == channelId)
                .findFirst()
                .orElseThrow();
    }
}
