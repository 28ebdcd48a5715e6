package app.baton.budgets.ui;

import app.baton.budgets.BudgetPlanService;
import app.baton.budgets.ChannelRow;
import app.baton.budgets.ChannelService;
import app.baton.budgets.ChannelService.ChannelView;
import app.baton.budgets.PlanView;
import app.baton.budgets.Tier;
import app.baton.shared.ui.Refusals;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** A founder puts another channel into a tier of a DRAFT plan (new channels are made on the channels page). */
class AddChannelDialog extends Dialog {

    AddChannelDialog(
            BudgetPlanService plans,
            ChannelService channels,
            PlanView plan,
            BudgetLabels labels,
            Consumer<PlanView> changed) {
        setHeaderTitle(getTranslation("budget.channel.addToTier"));
        Select<Tier> tier = new Select<>();
        tier.setLabel(getTranslation("budget.tier"));
        tier.setItems(Tier.values());
        tier.setItemLabelGenerator(labels::tier);
        tier.setValue(Tier.FOUNDATION);
        ComboBox<ChannelView> channel = new ComboBox<>(getTranslation("budget.channel"));
        channel.setItemLabelGenerator(labels::name);
        List<ChannelView> active =
                channels.channels().stream().filter(c -> !c.archived()).toList();
        Runnable refreshChoices = () -> {
            Set<Long> present = plan.tier(tier.getValue()).channels().stream()
                    .map(ChannelRow::channelId)
                    .collect(Collectors.toSet());
            channel.setItems(
                    active.stream().filter(c -> !present.contains(c.id())).toList());
        };
        tier.addValueChangeListener(e -> refreshChoices.run());
        refreshChoices.run();
        FormLayout form = new FormLayout(tier, channel);
        add(form);
        Button add = new Button(getTranslation("budget.channel.add"), click -> {
            if (channel.getValue() == null) {
                channel.setErrorMessage(getTranslation("budget.channel.choose"));
                channel.setInvalid(true);
                return;
            }
            new Refusals().run(() -> {
                PlanView updated = plans.addChannel(
                        plan.id(),
                        plan.changeCount(),
                        tier.getValue(),
                        channel.getValue().id());
                close();
                changed.accept(updated);
            });
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), add);
        setWidth("min(560px, 96vw)");
    }
}
