package app.baton.experiments.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.BrowserlessTestBase;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.TestFixtures.Person;
import app.baton.budgets.BudgetFixtures.ActivePlan;
import app.baton.budgets.BudgetFixtures.Budgets;
import app.baton.experiments.ExperimentDetail;
import app.baton.experiments.ExperimentFixtures;
import app.baton.experiments.ExperimentRow;
import app.baton.experiments.ExperimentService;
import app.baton.security.ui.LoginView;
import app.baton.shell.AccessDeniedView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Each experiment route: signed out → sign-in; vendors refused; founders and successors see what they may do. */
class ExperimentViewAccessIT extends BrowserlessTestBase {

    @Autowired
    Companies companies;

    @Autowired
    Budgets budgets;

    @Autowired
    ExperimentService experiments;

    Company company;
    ActivePlan plan;

    @BeforeEach
    void company() throws Exception {
        company = companies.create("experiment-views");
        plan = budgets.activePlan(company.founder());
    }

    @Test
    void signed_out_visitors_are_sent_to_sign_in_and_vendors_are_refused() {
        for (Class<? extends Component> route : List.of(ExperimentBoardView.class, ExperimentFormView.class)) {
            signInAs(null);
            navigateExpectingRedirect(route);
            assertThat(getCurrentView()).as(route.getSimpleName()).isInstanceOf(LoginView.class);
            assertRefused(route, company.vendor());
        }
    }

    @Test
    void founders_and_successors_open_the_board_and_the_form() {
        for (Person person : List.of(company.founder(), company.successor())) {
            signInAs(person);
            assertThat(navigate(ExperimentBoardView.class)).isInstanceOf(ExperimentBoardView.class);
            assertThat(navigate(ExperimentFormView.class)).isInstanceOf(ExperimentFormView.class);
        }
    }

    @Test
    void the_founder_sees_decision_buttons_the_proposer_does_not_and_a_vendor_is_refused() throws Exception {
        ExperimentDetail submitted = companies.as(company.successor(), () -> {
            ExperimentDetail d = experiments.create(ExperimentFixtures.proposal(plan, 20_000));
            return experiments.submit(d.row().id(), d.version());
        });
        String path = "experiments/" + submitted.row().id();
        signInAs(company.founder());
        ExperimentDetailsView founderView = navigate(path, ExperimentDetailsView.class);
        assertThat($(Button.class, founderView).all())
                .extracting(Button::getText)
                .contains("核准", "駁回");
        // the money comes before the buttons, full width: the tier's available money before and after
        com.vaadin.flow.component.html.Div context = $(com.vaadin.flow.component.html.Div.class, founderView)
                .withClassName("decision-context")
                .first();
        assertThat(context.getElement().getTextRecursively()).startsWith("這個實驗申請 NT$20,000。");

        // a second proposal on the same money is named beside the first one's decision
        companies.as(company.successor(), () -> {
            ExperimentDetail d = experiments.create(ExperimentFixtures.proposal(plan, 15_000));
            return experiments.submit(d.row().id(), d.version());
        });
        founderView = navigate(path, ExperimentDetailsView.class);
        assertThat($(com.vaadin.flow.component.html.Paragraph.class, founderView)
                        .withClassName("money-others")
                        .first()
                        .getText())
                .isEqualTo("另有 1 個實驗提案（共 NT$15,000）也在等待決定，動用同一層級的錢。");
        signInAs(company.successor());
        ExperimentDetailsView proposerView = navigate(path, ExperimentDetailsView.class);
        assertThat($(Button.class, proposerView).all())
                .extracting(Button::getText)
                .doesNotContain("核准");
        signInAs(company.vendor());
        navigateExpectingRedirect(path);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    void the_list_opens_filtered_by_the_state_in_the_address_and_the_filter_chooses_another() throws Exception {
        ExperimentDetail draft =
                companies.as(company.successor(), () -> experiments.create(ExperimentFixtures.proposal(plan, 10_000)));
        ExperimentDetail submitted = companies.as(company.successor(), () -> {
            ExperimentDetail d = experiments.create(ExperimentFixtures.proposal(plan, 20_000));
            return experiments.submit(d.row().id(), d.version());
        });
        signInAs(company.founder());
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate(ExperimentBoardView.class, com.vaadin.flow.router.QueryParameters.of("status", "SUBMITTED"));
        ExperimentBoardView view = (ExperimentBoardView) getCurrentView();
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<ExperimentRow> list =
                $(com.vaadin.flow.component.grid.Grid.class, view).single();
        assertThat(list.isVisible()).isTrue();
        assertThat(rows(list)).containsExactly(submitted.row().id());

        // the filter is the browser's own select (shared.ui.Choice): position 0 is 「全部」, then the states in order
        app.baton.shared.ui.Choice<?> filter =
                $(app.baton.shared.ui.Choice.class, view).single();
        assertThat(filter.getValue()).isEqualTo("SUBMITTED");
        app.baton.shared.ui.ChoiceEvents.choose(filter, 0);
        assertThat(rows(list))
                .containsExactlyInAnyOrder(draft.row().id(), submitted.row().id());
        app.baton.shared.ui.ChoiceEvents.choose(filter, 1 + app.baton.experiments.ExperimentStatus.DRAFT.ordinal());
        assertThat(rows(list)).containsExactly(draft.row().id());
    }

    @Test
    void the_board_makes_its_list_only_when_the_list_is_chosen_and_the_list_shows_every_experiment() throws Exception {
        ExperimentDetail draft =
                companies.as(company.successor(), () -> experiments.create(ExperimentFixtures.proposal(plan, 10_000)));
        signInAs(company.founder());
        ExperimentBoardView view = navigate(ExperimentBoardView.class);
        // the board is what a visit shows; the list (a grid and its filter) is not kept while nobody looks at it
        assertThat($(com.vaadin.flow.component.grid.Grid.class, view).all()).isEmpty();
        assertThat($(app.baton.shared.ui.Choice.class, view).all()).isEmpty();
        com.vaadin.flow.component.html.Div board = $(com.vaadin.flow.component.html.Div.class, view)
                .withClassName("board")
                .single();
        // the board's cards are HTML the browser follows as router links: no element kept per card
        org.jsoup.nodes.Element card = org.jsoup.Jsoup.parseBodyFragment(
                        board.getElement().getProperty("innerHTML"))
                .selectFirst("a.waiting-card[router-link]");
        assertThat(card).isNotNull();
        assertThat(card.attr("href")).isEqualTo("experiments/" + draft.row().id());
        assertThat(card.selectFirst(".card-amount").text()).isEqualTo("NT$10,000");
        assertThat(board.getElement().getChildCount()).isZero();

        com.vaadin.flow.component.tabs.Tabs tabs =
                $(com.vaadin.flow.component.tabs.Tabs.class, view).single();
        tabs.setSelectedIndex(1);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<ExperimentRow> list =
                $(com.vaadin.flow.component.grid.Grid.class, view).single();
        assertThat(list.isVisible()).isTrue();
        assertThat(rows(list)).containsExactly(draft.row().id());
        assertThat(board.isVisible()).isFalse();

        // back to the board: the list is hidden, not made again
        tabs.setSelectedIndex(0);
        assertThat(board.isVisible()).isTrue();
        assertThat(list.isVisible()).isFalse();
        tabs.setSelectedIndex(1);
        assertThat($(com.vaadin.flow.component.grid.Grid.class, view).all()).containsExactly(list);
    }

    private static List<Long> rows(com.vaadin.flow.component.grid.Grid<ExperimentRow> grid) {
        return grid.getGenericDataView().getItems().map(r -> r.id()).toList();
    }
}
