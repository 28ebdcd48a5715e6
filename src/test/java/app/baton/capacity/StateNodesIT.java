package app.baton.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.BrowserlessTestBase;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.experiments.ui.ExperimentBoardView;
import app.baton.insights.InsightsFixtures;
import app.baton.insights.ui.DashboardView;
import app.baton.shell.HomeView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.nodefeature.ElementData;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the server keeps for an open page is mostly its state nodes, about 0.6–0.85 KB each (issue 16, decision 017):
 * the navigation and the tables of figures are sent as the HTML of one element each ({@code Markup}) and the account
 * menu is made only when tapped, the dashboard's choices are native selects, so no page keeps a node per menu entry, table row or cell, and the founder's pages
 * stay within a budget of nodes. Prints each page's nodes by tag.
 */
class StateNodesIT extends BrowserlessTestBase {

    @Autowired
    Companies companies;

    @Autowired
    InsightsFixtures.Services insights;

    @Test
    void the_founders_pages_keep_no_node_per_menu_entry_or_table_cell_and_stay_within_their_budget() throws Exception {
        Company c = companies.create("state-nodes");
        InsightsFixtures.Setup setup = InsightsFixtures.setUp(insights, c);
        InsightsFixtures.metaToGoogleRequest(insights, c, setup);
        signInAs(c.founder());

        navigate(HomeView.class);
        Map<String, Integer> home = nodes("home");
        navigate(ExperimentBoardView.class);
        Map<String, Integer> list = nodes("experiments");
        DashboardView dashboard = navigate(DashboardView.class);
        $(app.baton.shared.ui.ChartCard.class, dashboard).all().forEach(card -> card.show(true));
        Map<String, Integer> withTables = nodes("dashboard, every chart as its table");

        for (Map<String, Integer> page : java.util.List.of(home, list, withTables)) {
            assertThat(page).doesNotContainKeys("vaadin-side-nav-item", "tr", "td", "th", "vaadin-menu-bar-item");
        }
        // the choices are the browser's own selects (shared.ui.Choice)
        for (Map<String, Integer> page : java.util.List.of(home, list, withTables)) {
            assertThat(page).doesNotContainKeys("vaadin-select-item");
        }
        // 3 December: 168, 157 and 544 nodes before the navigation, the tables, the account menu and the choices
        // changed; 105, 74 and 153 after; 4 December: the experiments' list (a hidden grid) made when first shown, 67;
        // the board's cards, the track record and the drawer's head as HTML, 39 (home 99, dashboard 147)
        assertThat(home.get("all")).isLessThanOrEqualTo(105);
        assertThat(list.get("all")).isLessThanOrEqualTo(45);
        // no grid kept hidden behind the board, no element per card or column
        assertThat(list).doesNotContainKeys("vaadin-grid", "vaadin-grid-column", "h3");
        assertThat(withTables.get("all")).isLessThanOrEqualTo(170);
    }

    private static Map<String, Integer> nodes(String page) {
        Map<String, Integer> tags = new TreeMap<>();
        UI.getCurrent().getInternals().getStateTree().getRootNode().visitNodeTree(node -> {
            tags.merge("all", 1, Integer::sum);
            String tag = node.hasFeature(ElementData.class)
                    ? node.getFeature(ElementData.class).getTag()
                    : null;
            tags.merge(tag == null ? "(text or other)" : tag, 1, Integer::sum);
        });
        System.out.println("State nodes, " + page + ": " + tags);
        return tags;
    }
}
