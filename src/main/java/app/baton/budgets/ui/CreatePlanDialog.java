package app.baton.budgets.ui;

import app.baton.budgets.BudgetPlanService;
import app.baton.budgets.PlanView;
import app.baton.shared.ui.Refusals;
import app.baton.shared.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.function.Consumer;

/** A founder starts the plan for a fiscal year. */
class CreatePlanDialog extends Dialog {

    CreatePlanDialog(BudgetPlanService plans, String currency, int suggestedYear, Consumer<PlanView> created) {
        setHeaderTitle(getTranslation("budget.plan.createTitle"));
        IntegerField year = new IntegerField(getTranslation("budget.plan.fiscalYear"));
        year.setValue(suggestedYear);
        year.setMin(2000);
        year.setMax(2100);
        year.setStepButtonsVisible(true);
        PlanHeaderForm form = new PlanHeaderForm(currency, null, null);
        form.addComponentAsFirst(year);
        form.setColspan(year, 2);
        add(form);
        Button create = new Button(getTranslation("budget.plan.create"), click -> {
            if (year.getValue() == null) {
                year.setErrorMessage(getTranslation("budget.plan.yearRange"));
                year.setInvalid(true);
                return;
            }
            form.values().ifPresent(values -> {
                new Refusals()
                        .field(year, "budget.plan.")
                        .field(form.total, Refusals.ANY)
                        .call(() -> plans.create(year.getValue(), values[0], values[1]))
                        .ifPresent(plan -> {
                            close();
                            Toasts.success("budget.plan.created", plan.fiscalYear());
                            created.accept(plan);
                        });
            });
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), click -> close());
        getFooter().add(cancel, create);
        setWidth("min(640px, 96vw)");
    }
}
