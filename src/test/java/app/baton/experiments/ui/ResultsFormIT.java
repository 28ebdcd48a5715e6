package app.baton.experiments.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.BrowserlessTestBase;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.budgets.BudgetFixtures.ActivePlan;
import app.baton.budgets.BudgetFixtures.Budgets;
import app.baton.experiments.ExperimentDetail;
import app.baton.experiments.ExperimentFixtures;
import app.baton.experiments.ExperimentQueryService;
import app.baton.experiments.ExperimentService;
import app.baton.experiments.ExperimentStatus;
import app.baton.shared.ui.MoneyField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The results form is bound to the {@code Results} record: missing learnings and an unreadable spend are refused
 * beside their fields before anything is sent, and what is typed — a percent, the raw figures of a KPI — arrives as
 * the shares and values the metrics are judged on.
 */
class ResultsFormIT extends BrowserlessTestBase {

    @Autowired
    Companies companies;

    @Autowired
    Budgets budgets;

    @Autowired
    ExperimentService experiments;

    @Autowired
    ExperimentQueryService queries;

    Company company;
    ExperimentDetail running;

    @BeforeEach
    void aRunningExperiment() throws Exception {
        company = companies.create("results-form");
        ActivePlan plan = budgets.activePlan(company.founder());
        ExperimentDetail approved =
                ExperimentFixtures.approved(companies, company, experiments, ExperimentFixtures.proposal(plan, 20_000));
        running = companies.as(
                company.successor(), () -> experiments.start(approved.row().id(), approved.version()));
    }

    @Test
    void missing_learnings_and_an_unreadable_spend_are_refused_beside_their_fields_and_nothing_is_saved()
            throws Exception {
        ResultsDialog dialog = openResults();
        MoneyField spend = $(MoneyField.class, dialog).first();
        spend.setValue("很多");
        test(submit()).click();

        TextArea learnings = $(TextArea.class, dialog).first();
        assertThat(learnings.isInvalid()).isTrue();
        assertThat(learnings.getErrorMessage()).isEqualTo("請寫下這次實驗學到了什麼。");
        assertThat(spend.isInvalid()).isTrue();
        assertThat(spend.getErrorMessage()).isEqualTo("請輸入金額，例如 1,200,000。");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(status()).isEqualTo(ExperimentStatus.RUNNING);
    }

    @Test
    void what_is_typed_is_what_the_metrics_are_judged_on() throws Exception {
        ResultsDialog dialog = openResults();
        List<BigDecimalField> numbers = $(BigDecimalField.class, dialog).all();
        numbers.get(0).setValue(new BigDecimal("3.4")); // CR in percent
        $(MoneyField.class, dialog).first().setValue("NT$１８,５００");
        $(TextArea.class, dialog).first().setValue("  好友名單轉換率高  ");
        test(submit()).click();

        assertThat(dialog.isOpened()).isFalse();
        ExperimentDetail saved = companies.as(
                company.successor(), () -> queries.detail(running.row().id()));
        assertThat(saved.row().status()).isEqualTo(ExperimentStatus.RESULTS_SUBMITTED);
        assertThat(saved.metrics().get(0).actual()).isEqualByComparingTo("0.034");
        assertThat(saved.learnings()).isEqualTo("好友名單轉換率高");
        assertThat(saved.actualSpend()).isEqualByComparingTo("18500");
    }

    private ResultsDialog openResults() {
        signInAs(company.successor());
        navigate("experiments/" + running.row().id(), ExperimentDetailsView.class);
        test(submit()).click();
        return $(ResultsDialog.class).single();
    }

    /** The page's button opens the form; once open, the form's own button (the last one) sends it. */
    private Button submit() {
        return lastButton("提交成果");
    }

    private ExperimentStatus status() throws Exception {
        return companies.as(
                company.successor(),
                () -> queries.detail(running.row().id()).row().status());
    }
}
