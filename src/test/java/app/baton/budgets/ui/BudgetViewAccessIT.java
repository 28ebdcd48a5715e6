package app.baton.budgets.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.BrowserlessTestBase;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.TestFixtures.Person;
import app.baton.budgets.BudgetFixtures.ActivePlan;
import app.baton.budgets.BudgetFixtures.Budgets;
import app.baton.budgets.BudgetRequestQueryService;
import app.baton.budgets.BudgetRequestService;
import app.baton.notifications.ui.NotificationsView;
import app.baton.security.ui.LoginView;
import app.baton.shell.AccessDeniedView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Each budget route: signed out → sign-in page; wrong role → refused; right role → the view works. */
class BudgetViewAccessIT extends BrowserlessTestBase {

    @Autowired
    Companies companies;

    @Autowired
    Budgets budgets;

    @Autowired
    BudgetRequestService requests;

    @Autowired
    BudgetRequestQueryService requestQueries;

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
    void the_request_list_filters_by_state_and_requester_with_the_browsers_own_selects() throws Exception {
        ActivePlan plan = budgets.activePlan(company.founder());
        long open = submitMove(company, plan);
        long withdrawn = submitMove(company, plan);
        var detail = companies.as(company.successor(), () -> requestQueries.detail(withdrawn));
        companies.as(company.successor(), () -> requests.withdraw(withdrawn, detail.version()));
        signInAs(company.founder());
        RequestListView view = navigate(RequestListView.class);
        // no Vaadin Select: each kept an element per item for as long as the page is open (issue 16)
        assertThat($(com.vaadin.flow.component.select.Select.class, view).exists())
                .isFalse();
        @SuppressWarnings("unchecked")
        List<app.baton.shared.ui.Choice<String>> choices = $(app.baton.shared.ui.Choice.class, view).all().stream()
                .map(c -> (app.baton.shared.ui.Choice<String>) c)
                .toList();
        assertThat(choices).hasSize(3);
        assertThat(ids(view)).containsExactly(withdrawn, open);
        // status: "all" first, then the states in their order
        app.baton.shared.ui.ChoiceEvents.choose(
                choices.get(0), 1 + app.baton.budgets.RequestStatus.WITHDRAWN.ordinal());
        assertThat(ids(view)).containsExactly(withdrawn);
        app.baton.shared.ui.ChoiceEvents.choose(
                choices.get(0), 1 + app.baton.budgets.RequestStatus.SUBMITTED.ordinal());
        assertThat(ids(view)).containsExactly(open);
        app.baton.shared.ui.ChoiceEvents.choose(choices.get(0), 0);
        // the requester: "all", then the successor who asked (the only requester)
        assertThat(choices.get(2).getElement().getProperty("innerHTML"))
                .containsOnlyOnce("<option value=\"1\"")
                .doesNotContain("<option value=\"2\"");
        app.baton.shared.ui.ChoiceEvents.choose(choices.get(2), 1);
        assertThat(ids(view)).containsExactly(withdrawn, open);
        app.baton.shared.ui.ChoiceEvents.choose(choices.get(1), 1 + app.baton.budgets.RequestKind.INCREASE.ordinal());
        // no increase asked: the list gives way to its empty state
        assertThat(ids(view)).isEmpty();
        assertThat($(com.vaadin.flow.component.html.Paragraph.class, view).all())
                .extracting(com.vaadin.flow.component.html.Paragraph::getText)
                .contains("沒有符合這些篩選條件的申請。選「全部」可看到所有申請。");
    }

    /** The requests the list shows, in its order: the ids its rows link to. */
    private static List<Long> ids(RequestListView view) {
        return org.jsoup.Jsoup.parseBodyFragment(view.tableHtml()).select("tbody tr a.row-link").stream()
                .map(a -> {
                    assertThat(a.attr("href"))
                            .isEqualTo("budget/requests/" + a.text().substring(1));
                    assertThat(a.hasAttr("router-link")).isTrue();
                    return Long.valueOf(a.text().substring(1));
                })
                .toList();
    }

    @Test
    void the_request_list_is_an_html_table_read_fifty_rows_a_page() throws Exception {
        ActivePlan plan = budgets.activePlan(company.founder());
        List<Long> submitted = new java.util.ArrayList<>();
        for (int i = 0; i <= RequestListView.PAGE; i++) {
            submitted.add(submitMove(company, plan));
        }
        List<Long> newestFirst = submitted.reversed();
        signInAs(company.founder());
        RequestListView view = navigate(RequestListView.class);
        // no Vaadin grid: it kept its columns, renderers and listeners for as long as the page was open (issue 16)
        assertThat($(Grid.class, view).exists()).isFalse();
        assertThat(ids(view)).isEqualTo(newestFirst.subList(0, RequestListView.PAGE));
        // each cell carries its column's name, the label of a card on a phone
        var firstRow = org.jsoup.Jsoup.parseBodyFragment(view.tableHtml()).selectFirst("tbody tr");
        assertThat(firstRow.select("td").eachAttr("data-label"))
                .containsExactly("#", "狀態", "申請類型", "金額", "從 → 到", "申請人", "送出時間");
        assertThat(firstRow.text()).contains("NT$10,000", "待決定");
        List<Button> pager = $(Button.class, view).all().stream()
                .filter(b -> b.getText().equals("較新的申請") || b.getText().equals("較舊的申請"))
                .toList();
        assertThat(pager).extracting(Button::getText).containsExactly("較新的申請", "較舊的申請");
        Button newer = pager.get(0);
        Button older = pager.get(1);
        assertThat(newer.isEnabled()).isFalse();
        assertThat(textOf(view)).contains("第 1–50 筆，共 51 筆");

        test(older).click();
        assertThat(ids(view)).containsExactly(newestFirst.get(RequestListView.PAGE));
        assertThat(older.isEnabled()).isFalse();
        assertThat(newer.isEnabled()).isTrue();
        assertThat(textOf(view)).contains("第 51–51 筆，共 51 筆");

        test(newer).click();
        assertThat(ids(view)).hasSize(RequestListView.PAGE);
        // a filter starts again at its first page
        test(older).click();
        app.baton.shared.ui.ChoiceEvents.choose(
                $(app.baton.shared.ui.Choice.class, view).first(),
                1 + app.baton.budgets.RequestStatus.SUBMITTED.ordinal());
        assertThat(ids(view)).isEqualTo(newestFirst.subList(0, RequestListView.PAGE));
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
        return submitMove(in, budgets.activePlan(in.founder()));
    }

    private long submitMove(Company in, ActivePlan plan) throws Exception {
        return budgets.successorMovesTenThousand(in.founder(), in.successor(), plan);
    }

    private static String textOf(Component component) {
        StringBuilder text = new StringBuilder();
        component.getElement().getChildren().forEach(child -> text.append(child.getTextRecursively()));
        return text.toString();
    }
}
