package app.baton.selection.ui;

import app.baton.budgets.ChannelService;
import app.baton.budgets.ChannelService.ChannelView;
import app.baton.security.CurrentUser;
import app.baton.selection.SelectionService;
import app.baton.shared.ui.Refusals;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * Opens a selection round: the need, the channels, the term and the last day for proposals. Sensible defaults: the
 * term starts the month after next for a year, proposals are due in two weeks.
 */
final class RoundDialog extends Dialog {

    RoundDialog(SelectionService selection, ChannelService channelService, CurrentUser currentUser, Clock clock) {
        setHeaderTitle(getTranslation("selection.new"));
        setWidth("min(40rem, 100vw)");
        LocalDate today =
                LocalDate.now(clock.withZone(currentUser.requireMembership().zoneId()));
        LocalDate first = today.withDayOfMonth(1).plusMonths(2);
        TextField title = new TextField(getTranslation("selection.title"));
        title.setPlaceholder(getTranslation("selection.titlePlaceholder"));
        TextArea need = new TextArea(getTranslation("selection.need"));
        need.setHelperText(getTranslation("selection.needHint"));
        MultiSelectComboBox<ChannelView> channels = new MultiSelectComboBox<>(getTranslation("selection.channels"));
        channels.setItems(
                channelService.channels().stream().filter(c -> !c.archived()).toList());
        channels.setItemLabelGenerator(c -> c.name() != null ? c.name() : getTranslation("channel." + c.code()));
        DatePicker start = new DatePicker(getTranslation("selection.start"), first);
        DatePicker end = new DatePicker(
                getTranslation("selection.end"), first.plusYears(1).minusDays(1));
        DatePicker deadline = new DatePicker(getTranslation("selection.deadline"), today.plusDays(14));
        deadline.setHelperText(getTranslation("selection.deadlineHint"));
        FormLayout form = new FormLayout(title, need, channels, start, end, deadline);
        form.setColspan(need, 2);
        form.setColspan(title, 2);
        form.setColspan(channels, 2);
        add(form);
        Button create = new Button(
                getTranslation("selection.open"),
                click -> new Refusals()
                        .field(title, "selection.titleRequired")
                        .field(need, "selection.tooLong")
                        .field(channels, "selection.channelsRequired", "selection.channelUnknown")
                        .field(start, "selection.termRequired", "selection.termOrder")
                        .field(end, "selection.termRequired", "selection.termOrder")
                        .field(deadline, "selection.deadlineRequired", "selection.deadlineInvalid")
                        .call(() -> selection.open(new SelectionService.RoundForm(
                                title.getValue(),
                                need.getValue(),
                                channels.getValue().stream()
                                        .map(ChannelView::id)
                                        .collect(Collectors.toSet()),
                                start.getValue(),
                                end.getValue(),
                                deadline.getValue())))
                        .ifPresent(id -> {
                            close();
                            SelectionNavigation.toRound(id);
                        }));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), create);
    }
}
