package app.baton.budgets.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.BrowserlessTestBase;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.budgets.GuardrailService;
import app.baton.budgets.Guardrails;
import app.baton.shared.ui.MoneyField;
import app.baton.shared.ui.ReasonDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The guardrails page is bound to the {@code Guardrails} record: a share outside 0–100 or with three decimals is
 * refused beside its field before the reason is asked; an emptied limit is zero and an emptied maximum is none.
 */
class GuardrailsFormIT extends BrowserlessTestBase {

    @Autowired
    Companies companies;

    @Autowired
    GuardrailService guardrails;

    Company company;

    @BeforeEach
    void company() throws Exception {
        company = companies.create("guardrails-form");
    }

    @Test
    void a_share_out_of_range_or_too_precise_is_refused_beside_its_field_before_any_reason_is_asked() {
        signInAs(company.founder());
        GuardrailsView view = navigate(GuardrailsView.class);
        List<BigDecimalField> shares = $(BigDecimalField.class, view).all();
        shares.get(0).setValue(new BigDecimal("120"));
        shares.get(1).setValue(new BigDecimal("5.125"));
        test(saveButtons().get(0)).click();

        assertThat(shares.get(0).isInvalid()).isTrue();
        assertThat(shares.get(0).getErrorMessage()).isEqualTo("百分比必須介於 0 到 100 之間。");
        assertThat(shares.get(1).getErrorMessage()).isEqualTo("百分比最多兩位小數。");
        assertThat($(ReasonDialog.class).exists()).isFalse();
    }

    @Test
    void what_the_founder_types_is_saved_with_the_reason_an_emptied_limit_being_zero() throws Exception {
        signInAs(company.founder());
        GuardrailsView view = navigate(GuardrailsView.class);
        $(BigDecimalField.class, view).all().get(0).setValue(new BigDecimal("20"));
        List<MoneyField> amounts = $(MoneyField.class, view).all();
        amounts.get(0).setValue("NT$50,000"); // the most per experiment
        amounts.get(1).setValue(""); // the successor's delegated limit
        test(saveButtons().get(0)).click();

        ReasonDialog dialog = $(ReasonDialog.class).first();
        test($(TextArea.class, dialog).first()).setValue("實驗做得不錯，提高上限");
        List<Button> save = saveButtons();
        test(save.get(save.size() - 1)).click();

        Guardrails saved =
                companies.as(company.founder(), () -> guardrails.current()).values();
        assertThat(saved.experimentCapPct()).isEqualByComparingTo("20");
        assertThat(saved.maxPerExperiment()).isEqualByComparingTo("50000");
        assertThat(saved.delegatedLimit()).isEqualByComparingTo("0");
        assertThat(amounts.get(1).getValue()).isEqualTo("NT$0");
    }

    private List<Button> saveButtons() {
        return $(Button.class).all().stream()
                .filter(b -> "儲存護欄".equals(b.getText()))
                .toList();
    }
}
