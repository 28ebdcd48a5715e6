package app.baton.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.BrowserlessTestBase;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.budgets.BudgetPlanQueryService;
import app.baton.budgets.BudgetRequestService;
import app.baton.budgets.Tier;
import app.baton.insights.InsightsFixtures;
import app.baton.security.AccountService;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The audit log reads as sentences in the reader's language (issue 15): a request names its tiers and channels and
 * says its money as NT$30,000, the person is named (not their e-mail), and the codes, ids and the recorded summary
 * are one tap away under the row.
 */
class AuditLogIT extends BrowserlessTestBase {

    @Autowired
    Companies companies;

    @Autowired
    InsightsFixtures.Services insights;

    @Autowired
    BudgetPlanQueryService planQueries;

    @Autowired
    BudgetRequestService requests;

    @Autowired
    AccountService accounts;

    @Autowired
    app.baton.audit.AuditService audit;

    @Test
    void a_founder_reads_what_happened_in_sentences_with_the_detail_one_tap_away() throws Exception {
        Company c = companies.create("audit-sentences");
        InsightsFixtures.Setup setup = InsightsFixtures.setUp(insights, c);
        companies.run(c.successor(), () -> accounts.updateMyProfile("林佳穎", "zh-TW"));
        long changeCount = companies.as(
                c.successor(), () -> planQueries.plan(setup.planId()).changeCount());
        companies.as(
                c.successor(),
                () -> requests.submit(InsightsFixtures.move(
                        setup,
                        changeCount,
                        30_000,
                        Tier.FOUNDATION,
                        "GOOGLE_ADS",
                        Tier.EXPERIMENT,
                        "LINE",
                        "LINE 好友成長快")));

        signInAs(c.founder());
        AuditView view = navigate(AuditView.class);
        @SuppressWarnings("unchecked")
        Grid<app.baton.audit.AuditService.AuditEntry> grid = $(Grid.class, view).first();
        var rows = test(grid);
        List<String> what = new ArrayList<>();
        List<String> who = new ArrayList<>();
        for (int row = 0; row < Math.min(rows.size(), 30); row++) {
            who.add(rows.getCellComponent(row, 0).getElement().getTextRecursively());
            what.add(rows.getCellComponent(row, 1).getElement().getTextRecursively());
        }
        // newest first: the request, in words, with the successor's name
        assertThat(what.getFirst())
                .isEqualTo("提出預算調整申請：申請 #"
                        + rows.getRow(0).objectId()
                        + "：從基礎穩健型・Google Ads調撥 NT$30,000 到成長實驗型・LINE"
                        + "理由：LINE 好友成長快");
        assertThat(who.getFirst())
                .contains("林佳穎")
                .contains("創二代")
                .doesNotContain(c.successor().email());
        // the plan and its amounts as sentences; no database terms anywhere on the page
        assertThat(what).anyMatch(w -> w.startsWith("建立年度預算：" + InsightsFixtures.YEAR + " 年度，總額 NT$"));
        assertThat(String.join("\n", what))
                .doesNotContain("FOUNDATION")
                .doesNotContain("EXPERIMENT/")
                .doesNotContain("MOVE")
                .doesNotContain("TWD");
        // the technical detail is under the row, one tap away
        // (the browser opens it on a tap; the server renders what it shows)
        assertThat(grid.isDetailsVisibleOnClick()).isTrue();
        assertThat(view.detail(rows.getRow(0)).getElement().getTextRecursively())
                .contains("動作代碼：BUDGET_REQUEST_SUBMITTED")
                .contains("原始紀錄：#")
                .contains("MOVE TWD 30000 FOUNDATION/")
                .contains("帳號：" + c.successor().email());
        // the export (CSV, XLSX) has the sentence and, beside it, the summary as recorded
        var exported = view.table(audit);
        assertThat(exported.headers()).endsWith("原因", "原始紀錄");
        assertThat(exported.rows().getFirst())
                .element(3)
                .asString()
                .startsWith("申請 #")
                .contains("NT$30,000");
        assertThat(exported.rows().getFirst()).last().asString().contains("MOVE TWD 30000");
        // the filters fold away, saying what is chosen
        Details filters = $(Details.class, view).withClassName("audit-filters").first();
        assertThat(filters.getSummaryText()).isEqualTo("篩選：全部日期、人員與動作");
    }
}
