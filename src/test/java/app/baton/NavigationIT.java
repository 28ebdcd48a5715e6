package app.baton;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.budgets.BudgetFixtures.ActivePlan;
import app.baton.budgets.BudgetFixtures.Budgets;
import app.baton.budgets.ChannelService;
import app.baton.budgets.RequestId;
import app.baton.budgets.ui.BudgetNavigation;
import app.baton.experiments.ExperimentFixtures;
import app.baton.experiments.ExperimentService;
import app.baton.experiments.ui.ExperimentNavigation;
import app.baton.insights.ui.InsightsNavigation;
import app.baton.reports.EngagementService;
import app.baton.reports.ReportFixtures;
import app.baton.reports.ReportService;
import app.baton.reports.ui.ReportNavigation;
import com.vaadin.flow.component.Component;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The modules' pages are package-private; every other page reaches them through the modules' navigation classes.
 * Each address those build opens the page it names, and each navigation method lands there.
 */
class NavigationIT extends BrowserlessTestBase {

    @Autowired
    Companies companies;

    @Autowired
    Budgets budgets;

    @Autowired
    ExperimentService experiments;

    @Autowired
    EngagementService engagements;

    @Autowired
    ChannelService channels;

    @Autowired
    ReportService reports;

    @Autowired
    app.baton.notifications.NotificationService notifications;

    @Test
    void each_typed_address_and_navigation_opens_the_page_it_names() throws Exception {
        Company c = companies.create("navigation");
        ActivePlan plan = budgets.activePlan(c.founder());
        long experimentId = companies
                .as(c.successor(), () -> {
                    var draft = experiments.create(ExperimentFixtures.proposal(plan, 20_000));
                    return experiments.submit(draft.row().id(), draft.version());
                })
                .row()
                .id();
        long requestId = budgets.successorMovesTenThousand(c.founder(), c.successor(), plan);
        long engagementId =
                ReportFixtures.engagement(companies, c, engagements, channels).id();
        long versionId = ReportFixtures.flaggedNovember(companies, c, reports, engagementId);
        signInAs(c.founder());

        assertThat(page(ExperimentNavigation.details(experimentId))).isEqualTo("ExperimentDetailsView");
        assertThat(page(BudgetNavigation.request(new RequestId(requestId)))).isEqualTo("RequestDetailsView");
        assertThat(page(ReportNavigation.engagement(engagementId))).isEqualTo("EngagementDetailsView");
        assertThat(page(ReportNavigation.version(versionId))).isEqualTo("ReportVersionView");
        assertThat(page(ReportNavigation.engagements())).isEqualTo("EngagementListView");
        assertThat(page(InsightsNavigation.meeting(YearMonth.of(2026, 11)))).isEqualTo("MeetingView");
        assertThat(page(InsightsNavigation.approvals())).isEqualTo("WaitingForMeView");
        assertThat(page(BudgetNavigation.plan())).isEqualTo("BudgetPlanView");
        assertThat(page(BudgetNavigation.guardrails())).isEqualTo("GuardrailsView");
        assertThat(page(BudgetNavigation.newRequest())).isEqualTo("RequestFormView");
        assertThat(ExperimentNavigation.details(experimentId)).isEqualTo("experiments/" + experimentId);

        ExperimentNavigation.toDetails(experimentId);
        assertThat(current()).isEqualTo("ExperimentDetailsView");
        BudgetNavigation.toRequest(new RequestId(requestId));
        assertThat(current()).isEqualTo("RequestDetailsView");
        BudgetNavigation.toRequests();
        assertThat(current()).isEqualTo("RequestListView");
        ExperimentNavigation.toBoard();
        assertThat(current()).isEqualTo("ExperimentBoardView");
    }

    @Test
    void every_link_a_notification_stores_opens_its_page() throws Exception {
        Company c = companies.create("notification-links");
        ActivePlan plan = budgets.activePlan(c.founder());
        companies.run(c.successor(), () -> {
            var draft = experiments.create(ExperimentFixtures.proposal(plan, 20_000));
            experiments.submit(draft.row().id(), draft.version());
        });
        budgets.successorMovesTenThousand(c.founder(), c.successor(), plan);
        long engagementId =
                ReportFixtures.engagement(companies, c, engagements, channels).id();
        ReportFixtures.flaggedNovember(companies, c, reports, engagementId);
        List<String> links = companies.as(c.founder(), () -> notifications.mine(50)).stream()
                .map(n -> n.link())
                .filter(java.util.Objects::nonNull)
                .toList();
        signInAs(c.founder());

        // the links are data written by the services, outside any page: each must still open the page it means
        assertThat(links.stream().map(this::page))
                .contains("ExperimentDetailsView", "RequestDetailsView", "ReportVersionView")
                .doesNotContain("NotFoundView", "AccessDeniedView");
    }

    private String page(String address) {
        return navigate(address, Component.class).getClass().getSimpleName();
    }

    private String current() {
        return getCurrentView().getClass().getSimpleName();
    }
}
