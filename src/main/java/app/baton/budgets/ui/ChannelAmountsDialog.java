package app.baton.budgets.ui;

import app.baton.budgets.BudgetPlanService;
import app.baton.budgets.ChannelRow;
import app.baton.budgets.FiscalYear;
import app.baton.budgets.PlanStatus;
import app.baton.budgets.PlanView;
import app.baton.shared.DomainException;
import app.baton.shared.Money;
import app.baton.shared.ui.MoneyField;
import app.baton.shared.ui.Refusals;
import app.baton.shared.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One channel of one tier. In a DRAFT plan either generation enters a yearly amount (spread evenly) or each month by hand;
 * in an ACTIVE plan the months are read-only (changes go through requests) and the actual spend can be entered.
 */
class ChannelAmountsDialog extends Dialog {

    private final BudgetPlanService plans;
    private final PlanView plan;
    private final ChannelRow row;
    private final BudgetLabels labels;
    private final Consumer<PlanView> changed;
    private final List<MoneyField> months = new ArrayList<>();
    private final Span total = new Span();

    ChannelAmountsDialog(
            BudgetPlanService plans,
            PlanView plan,
            ChannelRow row,
            BudgetLabels labels,
            boolean mayEdit,
            Consumer<PlanView> changed) {
        this.plans = plans;
        this.plan = plan;
        this.row = row;
        this.labels = labels;
        this.changed = changed;
        setHeaderTitle(labels.tier(row.tier()) + " · " + labels.channel(row.channelId()));
        setWidth("min(720px, 96vw)");
        boolean draft = plan.status() == PlanStatus.DRAFT;
        FormLayout grid = new FormLayout();
        grid.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 2),
                new FormLayout.ResponsiveStep("520px", 3),
                new FormLayout.ResponsiveStep("640px", 4));
        List<YearMonth> monthList = plan.months();
        Button cancel = new Button(getTranslation("common.cancel"), click -> close());
        if (draft && mayEdit) {
            MoneyField yearly = new MoneyField(getTranslation("budget.channel.yearly"), plan.currency());
            yearly.setAmount(row.total());
            Button spread = new Button(
                    getTranslation("budget.channel.spread"),
                    click -> yearly.requiredAmount().ifPresent(amount -> {
                        List<BigDecimal> parts = Money.split(amount, FiscalYear.MONTHS, Money.scale(plan.currency()));
                        for (int m = 0; m < FiscalYear.MONTHS; m++) {
                            months.get(m).setAmount(parts.get(m));
                        }
                        updateTotal();
                    }));
            HorizontalLayout yearlyRow = new HorizontalLayout(yearly, spread);
            yearlyRow.setAlignItems(HorizontalLayout.Alignment.BASELINE);
            yearlyRow.setWrap(true);
            add(yearlyRow, new Paragraph(getTranslation("budget.channel.monthsHint")));
            for (int m = 0; m < FiscalYear.MONTHS; m++) {
                MoneyField field = new MoneyField(labels.month(monthList.get(m)), plan.currency());
                field.setAmount(row.months().get(m));
                field.addValueChangeListener(e -> updateTotal());
                months.add(field);
                grid.add(field);
            }
            total.addClassName("dialog-total");
            add(grid, total);
            updateTotal();
            Button remove = new Button(
                    getTranslation("budget.channel.removeFromTier"),
                    click ->
                            act(() -> plans.removeChannel(plan.id(), plan.changeCount(), row.tier(), row.channelId())));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            Button save = new Button(getTranslation("common.save"), click -> saveMonths());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(remove, cancel, save);
        } else {
            add(new Paragraph(getTranslation(draft ? "budget.channel.founderEdits" : "budget.channel.activeHint")));
            grid.setResponsiveSteps(
                    new FormLayout.ResponsiveStep("0", 1),
                    new FormLayout.ResponsiveStep("440px", 2),
                    new FormLayout.ResponsiveStep("640px", 3));
            for (int m = 0; m < FiscalYear.MONTHS; m++) {
                MoneyField spent = new MoneyField(labels.month(monthList.get(m)), plan.currency());
                BigDecimal planned = row.months().get(m);
                BigDecimal original = row.originals().get(m);
                spent.setHelperText(
                        planned.compareTo(original) == 0
                                ? getTranslation("budget.channel.spentHelper", labels.money(planned))
                                : getTranslation(
                                        "budget.channel.spentHelperChanged",
                                        labels.money(planned),
                                        labels.money(original)));
                spent.setAmount(row.spent().get(m));
                spent.setReadOnly(draft);
                months.add(spent);
                grid.add(spent);
            }
            add(grid);
            if (!draft) {
                Button save = new Button(getTranslation("budget.channel.saveSpend"), click -> saveSpend());
                save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                getFooter().add(cancel, save);
            } else {
                getFooter().add(cancel);
            }
        }
    }

    private void updateTotal() {
        BigDecimal sum = BigDecimal.ZERO;
        for (MoneyField field : months) {
            sum = sum.add(field.amount().orElse(BigDecimal.ZERO));
        }
        total.setText(getTranslation("budget.channel.total", labels.money(sum)));
    }

    private void saveMonths() {
        List<BigDecimal> values = new ArrayList<>();
        for (MoneyField field : months) {
            Optional<BigDecimal> amount = field.getValue().isBlank() ? Optional.of(BigDecimal.ZERO) : field.amount();
            if (amount.isEmpty()) {
                return;
            }
            values.add(amount.get());
        }
        act(() -> plans.setMonths(plan.id(), plan.changeCount(), row.tier(), row.channelId(), values));
    }

    private void saveSpend() {
        PlanView latest = null;
        List<YearMonth> monthList = plan.months();
        try {
            for (int m = 0; m < FiscalYear.MONTHS; m++) {
                Optional<BigDecimal> amount = months.get(m).getValue().isBlank()
                        ? Optional.of(BigDecimal.ZERO)
                        : months.get(m).amount();
                if (amount.isEmpty()) {
                    return;
                }
                if (amount.get().compareTo(row.spent().get(m)) != 0) {
                    latest = plans.recordSpent(plan.id(), row.tier(), row.channelId(), monthList.get(m), amount.get());
                }
            }
        } catch (DomainException e) {
            Toasts.error(e);
            return;
        }
        close();
        Toasts.success("budget.channel.spendSaved");
        changed.accept(latest == null ? plan : latest);
    }

    private void act(java.util.function.Supplier<PlanView> action) {
        new Refusals().run(() -> {
            PlanView updated = action.get();
            close();
            Toasts.success("common.saved");
            changed.accept(updated);
        });
    }
}
