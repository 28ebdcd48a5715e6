package app.baton.experiments.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.BrowserlessTestBase;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.budgets.BudgetFixtures.ActivePlan;
import app.baton.budgets.BudgetFixtures.Budgets;
import app.baton.experiments.ExperimentDetail;
import app.baton.experiments.ExperimentFixtures;
import app.baton.experiments.ExperimentService;
import app.baton.experiments.Proposal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The board has a column per stage, and an experiment that is approved but not started stands in its own column,
 * apart from the running ones: money promised, nothing spent yet (issue 18).
 */
class ExperimentBoardIT extends BrowserlessTestBase {

    @Autowired
    Companies companies;

    @Autowired
    Budgets budgets;

    @Autowired
    ExperimentService experiments;

    @Test
    void approved_but_not_started_is_a_column_of_its_own_beside_running() throws Exception {
        Company company = companies.create("experiment-board");
        ActivePlan plan = budgets.activePlan(company.founder());
        ExperimentDetail waiting = approved(company, plan, "LINE 好友募集");
        ExperimentDetail started = approved(company, plan, "Google 關鍵字測試");
        companies.as(company.successor(), () -> experiments.start(started.row().id(), started.version()));

        signInAs(company.founder());
        ExperimentBoardView view = navigate(ExperimentBoardView.class);
        Map<String, List<String>> columns =
                columns($(ExperimentBoard.class, view).single());

        assertThat(columns.keySet()).containsExactly("草稿（0）", "待決定（0）", "已核准、尚未開始（1）", "執行中（1）", "成果待審（0）", "已結束（0）");
        assertThat(columns.get("已核准、尚未開始（1）")).containsExactly(waiting.row().title());
        assertThat(columns.get("執行中（1）")).containsExactly(started.row().title());
    }

    private ExperimentDetail approved(Company company, ActivePlan plan, String title) throws Exception {
        Proposal base = ExperimentFixtures.proposal(plan, 10_000);
        return ExperimentFixtures.approved(
                companies,
                company,
                experiments,
                new Proposal(
                        title,
                        base.hypothesis(),
                        base.channelId(),
                        base.method(),
                        base.requestedBudget(),
                        base.startDate(),
                        base.endDate(),
                        base.metrics(),
                        base.engagementId(),
                        null));
    }

    /** Each column's heading and the titles of its cards, from the HTML the board sends. */
    private static Map<String, List<String>> columns(ExperimentBoard board) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        String html = board.getElement().getProperty("innerHTML", "");
        for (Element column : Jsoup.parseBodyFragment(html).select(".board-column")) {
            out.put(
                    column.selectFirst("h3").text(),
                    column.select(".card-title").stream().map(Element::text).toList());
        }
        return out;
    }
}
