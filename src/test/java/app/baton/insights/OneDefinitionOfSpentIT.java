package app.baton.insights;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.BrowserlessTestBase;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.budgets.ActualSpend;
import app.baton.budgets.BudgetPlanService;
import app.baton.budgets.BudgetReservationService;
import app.baton.budgets.Tier;
import app.baton.budgets.ui.BudgetPlanView;
import app.baton.shared.Formats;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Spent and available mean the same on every screen: the budget page's tier cards show the dashboard's actual (an
 * accepted report replacing the hand-entered amount, fees, experiments), and money spent on the experiment tier's
 * channels leaves the tier's available money for experiments — on the form's check and at the approval gate.
 */
class OneDefinitionOfSpentIT extends BrowserlessTestBase {

    @Autowired
    Companies companies;

    @Autowired
    InsightsFixtures.Services insights;

    @Autowired
    DashboardService dashboards;

    @Autowired
    ActualSpend actuals;

    @Autowired
    BudgetPlanService plans;

    @Autowired
    BudgetReservationService reservations;

    @Test
    void the_budget_page_the_dashboard_and_the_experiment_tier_agree() throws Exception {
        Company c = companies.create("one-spent");
        InsightsFixtures.Setup setup = InsightsFixtures.setUp(insights, c);
        int year = InsightsFixtures.YEAR;
        java.time.LocalDate inPlan = InsightsFixtures.AUGUST.atDay(15);
        BigDecimal freeBefore = companies.as(
                c.founder(),
                () -> reservations.availability(inPlan).orElseThrow().free());

        // 30,000 spent on LINE (the experiment tier) in August, entered by hand
        companies.run(
                c.founder(),
                () -> plans.recordSpent(
                        setup.planId(),
                        Tier.EXPERIMENT,
                        setup.channel("LINE"),
                        InsightsFixtures.AUGUST,
                        InsightsFixtures.money(30_000)));

        var d = companies.as(c.founder(), () -> dashboards.dashboard(year).orElseThrow());
        var figures = companies.as(c.founder(), () -> actuals.byTier(year));
        for (Tier tier : Tier.values()) {
            assertThat(figures.get(tier).actual())
                    .as(tier.name())
                    .isEqualByComparingTo(d.table().tier(tier).year().actual());
        }
        // by channel too (what a request's page shows), worked out without the rest of the dashboard
        var byChannel = companies.as(c.founder(), () -> actuals.byChannel(year));
        assertThat(byChannel).hasSize(d.table().channels().size());
        for (var line : d.table().channels()) {
            var place = new ActualSpend.Place(
                    java.util.Objects.requireNonNull(line.tier()), java.util.Objects.requireNonNull(line.channelId()));
            assertThat(byChannel.get(place).actual())
                    .as(place.toString())
                    .isEqualByComparingTo(line.year().actual());
            assertThat(byChannel.get(place).planned())
                    .isEqualByComparingTo(line.year().planned());
        }
        BudgetReservationService.TierAvailability after = companies.as(
                c.founder(), () -> reservations.availability(inPlan).orElseThrow());
        assertThat(after.spentBesidesExperiments()).isEqualByComparingTo("30000");
        assertThat(after.free()).isEqualByComparingTo(freeBefore.subtract(new BigDecimal("30000")));

        // the budget page names the same figure as the dashboard
        signInAs(c.founder());
        // the company's only plan is the one the page opens on
        BudgetPlanView page = navigate(BudgetPlanView.class);
        String foundation = Formats.money(d.table().tier(Tier.FOUNDATION).year().actual(), "TWD", Locale.TAIWAN);
        assertThat($(Span.class, page).withClassName("tier-actual").all())
                .extracting(Span::getText)
                .anyMatch(t -> t.startsWith("實際支出 " + foundation));

        // a request's decision page shows the money it moves, by the same definition, before and after
        long requestId = InsightsFixtures.request(
                insights,
                c,
                setup,
                count -> InsightsFixtures.move(
                        setup, count, 20_000, Tier.FOUNDATION, "GOOGLE_ADS", Tier.EXPERIMENT, "LINE", "LINE 好友成長快"));
        var google = companies
                .as(c.founder(), () -> actuals.byChannel(year))
                .get(new ActualSpend.Place(Tier.FOUNDATION, setup.channel("GOOGLE_ADS")));
        signInAs(c.founder());
        var request = navigate("budget/requests/" + requestId, app.baton.budgets.ui.RequestDetailsView.class);
        String context = $(com.vaadin.flow.component.html.Div.class, request)
                .withClassName("money-context")
                .first()
                .getElement()
                .getTextRecursively();
        assertThat(context)
                .contains("從 基礎穩健型 · Google Ads")
                .contains("實際支出 " + Formats.money(google.actual(), "TWD", Locale.TAIWAN))
                .contains("剩餘 " + Formats.money(google.remaining(), "TWD", Locale.TAIWAN) + " → 核准後 "
                        + Formats.money(google.remaining().subtract(new BigDecimal("20000")), "TWD", Locale.TAIWAN))
                .contains("到 成長實驗型 · LINE");
    }
}
