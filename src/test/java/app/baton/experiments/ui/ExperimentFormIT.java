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
import app.baton.experiments.ExperimentRow;
import app.baton.experiments.ExperimentService;
import app.baton.experiments.MetricKind;
import app.baton.shared.ui.MoneyField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The proposal form is bound to the {@code Proposal} record: the record's constraints speak beside their fields in
 * the reader's language before anything is sent, what is typed arrives as typed, and a draft opens with its values.
 */
class ExperimentFormIT extends BrowserlessTestBase {

    @Autowired
    Companies companies;

    @Autowired
    Budgets budgets;

    @Autowired
    ExperimentService experiments;

    @Autowired
    ExperimentQueryService queries;

    Company company;
    ActivePlan plan;

    @BeforeEach
    void company() throws Exception {
        company = companies.create("experiment-form");
        plan = budgets.activePlan(company.founder());
    }

    @Test
    void a_blank_title_and_an_unreadable_amount_are_refused_beside_their_fields_and_nothing_is_saved()
            throws Exception {
        signInAs(company.successor());
        ExperimentFormView form = navigate(ExperimentFormView.class);
        TextField title = $(TextField.class, form).all().get(0);
        MoneyField budget = $(MoneyField.class, form).first();
        title.setValue("   ");
        budget.setValue("十二塊");
        test(saveDraft(form)).click();

        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("請輸入 1 到 200 個字的實驗名稱。");
        assertThat($(TextArea.class, form).first().getErrorMessage()).startsWith("請寫下假設");
        assertThat(budget.isInvalid()).isTrue();
        assertThat(budget.getErrorMessage()).isEqualTo("請輸入金額，例如 1,200,000。");
        assertThat(companies.as(company.successor(), () -> queries.experiments()))
                .isEmpty();
        assertThat(getCurrentView()).isSameAs(form);
    }

    @Test
    void a_start_before_today_is_refused_beside_the_date_in_the_services_words() throws Exception {
        signInAs(company.successor());
        ExperimentFormView form = navigate(ExperimentFormView.class);
        DatePicker start = $(DatePicker.class, form).first();
        start.setValue(start.getMin().minusDays(1));
        test(saveDraft(form)).click();

        assertThat(start.isInvalid()).isTrue();
        assertThat(start.getErrorMessage()).isEqualTo("開始日不能早於今天。");
        assertThat(companies.as(company.successor(), () -> queries.experiments()))
                .isEmpty();
    }

    @Test
    void what_is_typed_is_what_is_proposed() throws Exception {
        signInAs(company.successor());
        ExperimentFormView form = navigate(ExperimentFormView.class);
        $(TextField.class, form).all().get(0).setValue("  LINE 團購  ");
        $(TextArea.class, form).first().setValue("如果我們在 LINE 開團購，回購率會上升，因為熟客喜歡揪團。");
        $(MoneyField.class, form).first().setValue("NT$２０,０００");
        List<BigDecimalField> numbers = $(BigDecimalField.class, form).all();
        numbers.get(0).setValue(new BigDecimal("2")); // CR in percent
        numbers.get(1).setValue(new BigDecimal("3"));
        test(saveDraft(form)).click();

        assertThat(getCurrentView()).isInstanceOf(ExperimentDetailsView.class);
        List<ExperimentRow> saved = companies.as(company.successor(), () -> queries.experiments());
        assertThat(saved).singleElement().satisfies(row -> {
            assertThat(row.title()).isEqualTo("LINE 團購");
            assertThat(row.budget()).isEqualByComparingTo("20000");
            assertThat(row.channelId()).isEqualTo(plan.channel("LINE"));
        });
        ExperimentDetail detail = companies.as(
                company.successor(), () -> queries.detail(saved.get(0).id()));
        assertThat(detail.metrics()).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(MetricKind.CR);
            assertThat(m.baseline()).isEqualByComparingTo("0.02");
            assertThat(m.target()).isEqualByComparingTo("0.03");
        });
    }

    @Test
    void a_draft_opens_with_what_was_saved() throws Exception {
        ExperimentDetail draft =
                companies.as(company.successor(), () -> experiments.create(ExperimentFixtures.proposal(plan, 20_000)));
        signInAs(company.successor());
        ExperimentFormView form = navigate("experiments/" + draft.row().id() + "/edit", ExperimentFormView.class);

        assertThat($(TextField.class, form).all().get(0).getValue()).isEqualTo("LINE 好友募集");
        assertThat($(MoneyField.class, form).first().getValue()).isEqualTo("NT$20,000");
        @SuppressWarnings("unchecked")
        ComboBox<Object> channel = $(ComboBox.class, form).first();
        assertThat(channel.getValue()).isNotNull();
        assertThat($(BigDecimalField.class, form).all().get(0).getValue()).isEqualByComparingTo("2");
    }

    private Button saveDraft(ExperimentFormView form) {
        return $(Button.class, form).all().stream()
                .filter(b -> "儲存草稿".equals(b.getText()))
                .findFirst()
                .orElseThrow();
    }
}
