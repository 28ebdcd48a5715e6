package app.baton.budgets.ui;

import app.baton.budgets.BudgetPlanService;
import app.baton.budgets.BudgetSheet;
import app.baton.budgets.ChannelService;
import app.baton.budgets.PlanStatus;
import app.baton.budgets.PlanView;
import app.baton.budgets.TierView;
import app.baton.shared.ui.Refusals;
import app.baton.shared.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.function.Consumer;

/**
 * What can be done with a plan: either generation edits the revenue and budget and adds channels to a DRAFT, a
 * founder activates it; anyone may ask for a change to an ACTIVE one. Activation warns when a tier is past its guardrail.
 */
class PlanActions extends HorizontalLayout {

    private final BudgetPlanService plans;
    private final PlanView plan;
    private final BudgetLabels labels;
    private final Consumer<PlanView> changed;

    PlanActions(
            BudgetPlanService plans,
            ChannelService channels,
            PlanView plan,
            BudgetLabels labels,
            boolean founder,
            Consumer<PlanView> changed) {
        this.plans = plans;
        this.plan = plan;
        this.labels = labels;
        this.changed = changed;
        setWrap(true);
        boolean draft = plan.status() == PlanStatus.DRAFT;
        if (draft) {
            // either generation drafts; only a founder activates
            Button edit = new Button(
                    getTranslation("budget.plan.editHeader"), VaadinIcon.EDIT.create(), click -> editHeader());
            Button addChannel = new Button(
                    getTranslation("budget.channel.addToTier"),
                    VaadinIcon.PLUS.create(),
                    click -> new AddChannelDialog(plans, channels, plan, labels, changed).open());
            add(edit, addChannel);
            if (founder) {
                Button activate = new Button(
                        getTranslation("budget.plan.activate"), VaadinIcon.CHECK.create(), click -> confirmActivate());
                activate.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
                add(activate);
            }
        } else {
            Button request = new Button(
                    getTranslation("request.new"),
                    VaadinIcon.EXCHANGE.create(),
                    click -> BudgetNavigation.toNewRequest(plan.id()));
            request.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(request);
        }
    }

    private void editHeader() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("budget.plan.editHeader"));
        PlanHeaderForm form = new PlanHeaderForm(plan.currency(), plan.revenueForecast(), plan.totalBudget());
        dialog.add(form);
        Button save = new Button(
                getTranslation("common.save"),
                click -> form.values().ifPresent(values -> {
                    new Refusals()
                            .field(form.total, Refusals.ANY)
                            .call(() -> plans.updateHeader(plan.id(), plan.changeCount(), values[0], values[1]))
                            .ifPresent(updated -> {
                                dialog.close();
                                changed.accept(updated);
                            });
                }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), save);
        dialog.setWidth("min(640px, 96vw)");
        dialog.open();
    }

    private void confirmActivate() {
        String text = getTranslation("budget.plan.activateText", labels.money(plan.totalBudget()));
        for (TierView tier : plan.tiers()) {
            if (tier.status() == BudgetSheet.GuardrailStatus.OVER) {
                text += " "
                        + getTranslation(
                                "budget.plan.activateWarning." + tier.tier().name(), labels.percent(tier.share()));
            }
        }
        ConfirmDialog confirm = new ConfirmDialog(
                getTranslation("budget.plan.activateTitle", plan.fiscalYear()),
                text,
                getTranslation("budget.plan.activate"),
                event -> {
                    new Refusals().run(() -> {
                        changed.accept(plans.activate(plan.id(), plan.changeCount()));
                        Toasts.success("budget.plan.activated");
                    });
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.open();
    }
}
