package app.baton.budgets;

import static app.baton.budgets.BudgetFixtures.YEAR;
import static app.baton.budgets.BudgetFixtures.move;
import static app.baton.budgets.BudgetRequestServiceIT.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import app.baton.DatabaseTestBase;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.budgets.BudgetFixtures.ActivePlan;
import app.baton.budgets.BudgetFixtures.Budgets;
import app.baton.budgets.internal.BudgetPlanRepository;
import app.baton.budgets.internal.ChangeRequestRepository;
import app.baton.budgets.internal.ChannelRepository;
import app.baton.budgets.internal.GuardrailsRepository;
import app.baton.notifications.NotificationService;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Company A never sees or changes company B's channels, plans, lines, guardrails, requests (with their lines and
 * approvals) or notifications, even by id.
 */
class BudgetTenantIsolationIT extends DatabaseTestBase {

    @Autowired
    Companies companies;

    @Autowired
    Budgets budgets;

    @Autowired
    BudgetPlanService plans;

    @Autowired
    BudgetPlanQueryService planQueries;

    @Autowired
    BudgetRequestService requests;

    @Autowired
    BudgetRequestQueryService requestQueries;

    @Autowired
    ChannelService channels;

    @Autowired
    GuardrailService guardrails;

    @Autowired
    NotificationService notifications;

    @Autowired
    BudgetPlanRepository planRows;

    @Autowired
    ChangeRequestRepository requestRows;

    @Autowired
    ChannelRepository channelRows;

    @Autowired
    GuardrailsRepository guardrailRows;

    Company a;
    Company b;
    ActivePlan planB;
    RequestDetail requestB;

    @BeforeEach
    void twoCompanies() throws Exception {
        a = companies.create("iso-a");
        b = companies.create("iso-b");
        budgets.activePlan(a.founder());
        planB = budgets.activePlan(b.founder());
        budgets.guardrails(
                b.founder(),
                new Guardrails(
                        new BigDecimal("20"),
                        null,
                        new BigDecimal("2"),
                        BigDecimal.ZERO,
                        app.baton.approvals.MultiFounderPolicy.ANY_FOUNDER,
                        BigDecimal.ZERO,
                        false));
        long count = budgets.changeCount(b.founder(), planB.id());
        requestB = companies.as(
                b.successor(),
                () -> requests.submit(move(
                        planB,
                        count,
                        5_000,
                        Tier.FOUNDATION,
                        "GOOGLE_ADS",
                        Tier.EXPERIMENT,
                        "LINE",
                        YearMonth.of(YEAR, 2))));
    }

    @Test
    void plans_and_lines_of_another_company_are_invisible() throws Exception {
        companies.run(a.founder(), () -> {
            assertThat(planQueries.plans()).extracting(PlanSummary::id).doesNotContain(planB.id());
            assertRefused(() -> planQueries.plan(planB.id()), "budget.plan.notFound");
            assertThat(planRows.findById(planB.id())).isEmpty();
            assertRefused(() -> plans.activate(planB.id(), 0), "budget.plan.notFound");
            assertRefused(
                    () -> plans.recordSpent(
                            planB.id(),
                            Tier.FOUNDATION,
                            planB.channel("GOOGLE_ADS"),
                            YearMonth.of(YEAR, 1),
                            BigDecimal.TEN),
                    "budget.plan.notFound");
        });
    }

    @Test
    void channels_and_guardrails_of_another_company_are_invisible() throws Exception {
        long channelB = planB.channel("LINE");
        companies.run(a.founder(), () -> {
            assertThat(channels.channels())
                    .extracting(ChannelService.ChannelView::id)
                    .doesNotContain(channelB);
            assertThat(channelRows.findById(channelB)).isEmpty();
            assertRefused(() -> channels.rename(channelB, "hijacked"), "budget.channel.notFound");
            assertThat(guardrails.current().values()).isEqualTo(Guardrails.defaults());
            assertThat(guardrailRows.findAll()).isEmpty();
        });
        assertThat(companies.as(b.founder(), () -> channels.channels()))
                .filteredOn(ch -> ch.id() == channelB)
                .singleElement()
                .satisfies(ch -> assertThat(ch.name()).isNull());
    }

    @Test
    void requests_their_lines_and_approvals_and_notifications_of_another_company_are_invisible() throws Exception {
        long id = requestB.row().id();
        companies.run(a.founder(), () -> {
            assertThat(requestQueries.requests(RequestFilter.all(), 0, 50))
                    .extracting(RequestRow::id)
                    .doesNotContain(id);
            assertThat(requestQueries.waitingForMe()).isEmpty();
            assertRefused(() -> requestQueries.detail(id), "request.notFound");
            assertRefused(() -> requests.approve(id, 0, 0, null), "request.notFound");
            assertRefused(() -> requests.reject(id, 0, "no"), "request.notFound");
            assertThat(requestRows.findById(id)).isEmpty();
            assertThat(notifications.mine(50)).isEmpty();
        });
        // B's founder still has it waiting, untouched
        assertThat(companies
                        .as(b.founder(), () -> requestQueries.detail(id))
                        .row()
                        .status())
                .isEqualTo(RequestStatus.SUBMITTED);
        assertThat(companies.as(b.founder(), () -> notifications.mine(50))).hasSize(1);
        long notificationB =
                companies.as(b.founder(), () -> notifications.mine(1)).get(0).id();
        assertRefused(
                () -> companies.run(a.founder(), () -> notifications.markRead(notificationB)),
                "notifications.notFound");
        assertRefused(
                () -> companies.run(b.successor(), () -> notifications.markRead(notificationB)),
                "notifications.notFound");
    }
}
