package app.baton.budgets.ui;

import static app.baton.budgets.BudgetFixtures.YEAR;
import static org.assertj.core.api.Assertions.assertThat;

import app.baton.BrowserlessIT;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.TestFixtures.Person;
import app.baton.budgets.BudgetFixtures;
import app.baton.budgets.BudgetFixtures.ActivePlan;
import app.baton.budgets.BudgetFixtures.Budgets;
import app.baton.budgets.BudgetRequestService;
import app.baton.budgets.Tier;
import app.baton.notifications.ui.NotificationsView;
import app.baton.security.ui.LoginView;
import app.baton.shell.AccessDeniedView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Each budget route: signed out → sign-in page; wrong role → refused; right role → the view works. */
class BudgetViewAccessIT extends BrowserlessIT {

    @Autowired
    Companies companies;

    @Autowired
    Budgets budgets;

    @Autowired
    BudgetRequestService requests;

    Company company;

    @BeforeEach
    void company() {
        company = companies.create("budget-views");
    }

    @Test
    void signed_out_visitors_are_sent_to_sign_in() {
        for (Class<? extends Component> route : List.of(
                BudgetPlanView.class,
                RequestListView.class,
                RequestFormView.class,
                GuardrailsView.class,
                ChannelsView.class,
                NotificationsView.class)) {
            signInAs(null);
            navigateExpectingRedirect(route);
            assertThat(getCurrentView()).as(route.getSimpleName()).isInstanceOf(LoginView.class);
        }
    }

    @Test
    void the_plan_and_request_pages_are_for_founders_and_successors_not_vendors() throws Exception {
        budgets.activePlan(company.founder());
        for (Person person : List.of(company.founder(), company.successor())) {
            signInAs(person);
            BudgetPlanView plan = navigate(BudgetPlanView.class);
            assertThat($(Grid.class, plan).exists()).isTrue();
            assertThat(navigate(RequestListView.class)).isInstanceOf(RequestListView.class);
            assertThat(navigate(RequestFormView.class)).isInstanceOf(RequestFormView.class);
            assertThat(navigate(GuardrailsView.class)).isInstanceOf(GuardrailsView.class);
            assertThat(navigate(ChannelsView.class)).isInstanceOf(ChannelsView.class);
        }
        for (Class<? extends Component> route : List.of(
                BudgetPlanView.class,
                RequestListView.class,
                RequestFormView.class,
                GuardrailsView.class,
                ChannelsView.class)) {
            assertRefused(route, company.vendor());
        }
    }

    @Test
    void a_founder_without_a_plan_is_invited_to_create_one() {
        signInAs(company.founder());
        BudgetPlanView view = navigate(BudgetPlanView.class);
        assertThat($(H2.class, view).first().getText()).isEqualTo("年度行銷預算");
        assertThat($(Button.class, view).all()).extracting(Button::getText).contains("建立年度預算");
    }

    @Autowired
    app.baton.notifications.NotificationService notificationService;

    @Test
    void opening_the_notifications_marks_them_read_and_shows_the_new_ones_highlighted() throws Exception {
        submitMove(company);
        assertThat(companies.as(company.founder(), () -> notificationService.unreadCount()))
                .isPositive();
        signInAs(company.founder());
        NotificationsView view = navigate(NotificationsView.class);
        assertThat($(com.vaadin.flow.component.html.Div.class, view)
                        .withClassName("unread")
                        .all())
                .isNotEmpty();
        assertThat(companies.as(company.founder(), () -> notificationService.unreadCount()))
                .isZero();
        view = navigate(NotificationsView.class);
        assertThat($(com.vaadin.flow.component.html.Div.class, view)
                        .withClassName("unread")
                        .all())
                .isEmpty();
    }

    @Test
    void the_decision_page_shows_decision_buttons_only_to_a_founder_who_may_decide() throws Exception {
        long id = submitMove(company);
        signInAs(company.founder());
        RequestDetailsView founderView = navigate("budget/requests/" + id, RequestDetailsView.class);
        assertThat($(Button.class, founderView).all())
                .extracting(Button::getText)
                .contains("核准", "駁回");
        signInAs(company.successor());
        RequestDetailsView successorView = navigate("budget/requests/" + id, RequestDetailsView.class);
        assertThat($(Button.class, successorView).all())
                .extracting(Button::getText)
                .doesNotContain("核准", "駁回")
                .contains("撤回申請");
        signInAs(company.vendor());
        navigateExpectingRedirect("budget/requests/" + id);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    void a_request_of_another_company_shows_not_found() throws Exception {
        Company other = companies.create("budget-views-other");
        long id = submitMove(other);
        signInAs(company.founder());
        RequestDetailsView view = navigate("budget/requests/" + id, RequestDetailsView.class);
        assertThat($(Button.class, view).all()).extracting(Button::getText).doesNotContain("核准");
        assertThat(view.getElement().getText() + textOf(view)).contains("找不到這筆申請");
    }

    @Test
    void notifications_are_for_every_signed_in_role() {
        for (Person person : List.of(company.founder(), company.successor(), company.vendor())) {
            signInAs(person);
            assertThat(navigate(NotificationsView.class)).isInstanceOf(NotificationsView.class);
        }
    }

    private long submitMove(Company in) throws Exception {
        ActivePlan plan = budgets.activePlan(in.founder());
        long count = budgets.changeCount(in.founder(), plan.id());
        return companies
                .as(
                        in.successor(),
                        () -> requests.submit(BudgetFixtures.move(
                                plan,
                                count,
                                10_000,
                                Tier.FOUNDATION,
                                "GOOGLE_ADS",
                                Tier.EXPERIMENT,
                                "LINE",
                                YearMonth.of(YEAR, 5))))
                .row()
                .id();
    }

    private static String textOf(Component component) {
        StringBuilder text = new StringBuilder();
        component.getElement().getChildren().forEach(child -> text.append(child.getTextRecursively()));
        return text.toString();
    }
}
