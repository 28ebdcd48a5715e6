package app.baton.budgets.ui;

import app.baton.budgets.ChannelKind;
import app.baton.budgets.ChannelName;
import app.baton.budgets.ChannelService;
import app.baton.budgets.ChannelService.ChannelView;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipRole;
import app.baton.security.Roles;
import app.baton.shared.ui.CommandBinder;
import app.baton.shared.ui.Refusals;
import app.baton.shared.ui.StatusBadge;
import app.baton.shared.ui.Toasts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Consumer;

/** The company's marketing channels: founders add their own, rename and archive; successors read. */
@Route("budget/channels")
@RolesAllowed({Roles.FOUNDER, Roles.SUCCESSOR})
public class ChannelsView extends VerticalLayout implements HasDynamicTitle {

    private final ChannelService channels;
    private final boolean founder;
    private final Grid<ChannelView> grid = new Grid<>();
    private final BudgetLabels labels;

    public ChannelsView(ChannelService channels, CurrentUser currentUser) {
        this.channels = channels;
        this.founder = currentUser.requireMembership().role() == MembershipRole.FOUNDER;
        this.labels = new BudgetLabels(
                this, java.util.List.of(), currentUser.requireMembership().currency(), null);
        addClassName("page");
        Paragraph intro = new Paragraph(getTranslation("budget.channels.intro"));
        TextField name = nameField();
        CommandBinder<ChannelName> form = nameForm(name);
        Button add = new Button(
                getTranslation("budget.channel.add"),
                click -> form.write()
                        .ifPresent(named -> new Refusals()
                                .field(name, Refusals.ANY)
                                .run(() -> {
                                    channels.add(named.name());
                                    form.readRecord(new ChannelName(""));
                                    name.setInvalid(false);
                                    Toasts.success("common.saved");
                                    refresh();
                                })));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout addRow = new HorizontalLayout(name, add);
        addRow.setAlignItems(Alignment.BASELINE);
        addRow.setWrap(true);
        addRow.setVisible(founder);

        // three columns, so that a founder on a phone sees the kind and the actions without scrolling the table:
        // an archived channel says so under its name
        grid.addComponentColumn(this::name)
                .setHeader(getTranslation("budget.channel"))
                .setFlexGrow(1);
        grid.addComponentColumn(this::kind)
                .setHeader(getTranslation("budget.channels.kind"))
                .setFlexGrow(3);
        if (founder) {
            grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("budget.channels.title")), intro, addRow, grid);
        refresh();
    }

    /** The channel's name, and "archived" under it when it is. */
    private Component name(ChannelView channel) {
        com.vaadin.flow.component.html.Div cell =
                new com.vaadin.flow.component.html.Div(new com.vaadin.flow.component.html.Span(labels.name(channel)));
        if (channel.archived()) {
            cell.add(new com.vaadin.flow.component.html.Div(
                    new StatusBadge(getTranslation("budget.channels.archived"), StatusBadge.Tone.NEUTRAL)));
        }
        return cell;
    }

    /**
     * What kind of marketing the channel is, for its time to impact (the goals page says how long each kind takes):
     * a choice for a founder, a word for the successor.
     */
    private Component kind(ChannelView channel) {
        if (!founder || channel.archived()) {
            return new com.vaadin.flow.component.html.Span(
                    getTranslation("channel.kind." + channel.kind().name()));
        }
        Select<ChannelKind> kind = new Select<>();
        kind.setWidthFull();
        kind.setItems(ChannelKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("channel.kind." + k.name()));
        kind.setValue(channel.kind());
        kind.setAriaLabel(getTranslation("budget.channels.kind.of", labels.name(channel)));
        kind.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                act(id -> channels.setKind(id, e.getValue()), channel.id());
            }
        });
        return kind;
    }

    private Component actions(ChannelView channel) {
        Button rename = new Button(getTranslation("budget.channels.rename"), click -> rename(channel));
        rename.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button toggle = new Button(
                getTranslation(channel.archived() ? "budget.channels.restore" : "budget.channels.archive"),
                click -> act(
                        id -> {
                            if (channel.archived()) {
                                channels.restore(id);
                            } else {
                                channels.archive(id);
                            }
                        },
                        channel.id()));
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout buttons = new HorizontalLayout(rename, toggle);
        buttons.setSpacing(false);
        buttons.setWrap(true);
        return buttons;
    }

    private void rename(ChannelView channel) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("budget.channels.rename"));
        TextField name = nameField();
        name.setWidthFull();
        CommandBinder<ChannelName> form = nameForm(name);
        form.readRecord(new ChannelName(
                labels.name(channel).replace(" " + getTranslation("budget.channel.archivedSuffix"), "")));
        dialog.add(name);
        Button save = new Button(
                getTranslation("common.save"),
                click -> form.write()
                        .ifPresent(named -> new Refusals()
                                .field(name, Refusals.ANY)
                                .run(() -> {
                                    channels.rename(channel.id(), named.name());
                                    dialog.close();
                                    refresh();
                                })));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), save);
        dialog.setWidth("min(480px, 96vw)");
        dialog.open();
    }

    private TextField nameField() {
        TextField name = new TextField(getTranslation("budget.channels.newName"));
        name.setMaxLength(ChannelName.MAX);
        return name;
    }

    /** The name field bound to {@link ChannelName}: a blank or too long name is said beside it as it is typed. */
    private static CommandBinder<ChannelName> nameForm(TextField name) {
        CommandBinder<ChannelName> form = new CommandBinder<>(ChannelName.class);
        form.forField(name).bind("name");
        return form;
    }

    private void act(Consumer<Long> action, long id) {
        new Refusals().run(() -> {
            action.accept(id);
            Toasts.success("common.saved");
        });
        refresh();
    }

    private void refresh() {
        grid.setItems(channels.channels());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("budget.channels.title");
    }
}
