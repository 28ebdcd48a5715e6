package app.baton.experiments.ui;

import app.baton.budgets.ChannelService;
import app.baton.experiments.ExperimentQueryService;
import app.baton.experiments.ExperimentRow;
import app.baton.experiments.ExperimentStatus;
import app.baton.experiments.TrackRecordService;
import app.baton.security.CurrentUser;
import app.baton.security.Roles;
import app.baton.shared.ui.Choice;
import app.baton.shared.ui.StatusBadge;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The experiments: a board with a column per stage (cards with budget, dates and metric status), or a list
 * filtered by state; and each proposer's track record, the evidence for raising the delegated limit.
 */
@Route("experiments")
@Menu(order = 13, icon = "vaadin:flask", title = "nav.experiments")
@RolesAllowed({Roles.FOUNDER, Roles.SUCCESSOR})
public class ExperimentBoardView extends VerticalLayout
        implements HasDynamicTitle, com.vaadin.flow.router.BeforeEnterObserver {

    private static final String ALL = "";

    private final ExperimentLabels labels;
    private final List<ExperimentRow> all;
    private final ExperimentBoard board;
    /**
     * The list and its state filter, made when the list tab is first chosen (or the address asks for a state): the
     * board is what most visits show, and a hidden grid kept its columns, renderers and queued browser calls for as
     * long as the page was open, about 60 KB of the session (issue 16, decision 017).
     */
    private @Nullable Grid<ExperimentRow> list;
    /** The list's state filter: a state's name, or {@link #ALL}. */
    private @Nullable Choice<String> status;

    private final Tabs tabs = new Tabs();
    private final Tab listTab = new Tab();

    public ExperimentBoardView(
            ExperimentQueryService experiments,
            TrackRecordService trackRecords,
            ChannelService channels,
            CurrentUser currentUser) {
        addClassName("page");
        addClassName("wide-page");
        labels = new ExperimentLabels(
                this, channels.channels(), currentUser.requireMembership().currency());
        all = experiments.experiments();
        Button create = new Button(
                getTranslation("experiment.new"),
                VaadinIcon.PLUS.create(),
                click -> UI.getCurrent().navigate(ExperimentFormView.class));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        app.baton.shared.ui.ExportLinks export = new app.baton.shared.ui.ExportLinks("baton-experiments", this::table);
        HorizontalLayout actions = new HorizontalLayout(export, create);
        actions.setAlignItems(Alignment.CENTER);
        actions.setWrap(true);
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("experiment.board.title")), actions);
        header.setWidthFull();
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);
        header.setAlignItems(Alignment.CENTER);
        header.setWrap(true);
        Tab boardTab = new Tab(getTranslation("experiment.board.board"));
        listTab.setLabel(getTranslation("experiment.board.list"));
        tabs.add(boardTab, listTab);
        add(header, tabs);
        if (all.isEmpty()) {
            Div empty = new Div(new Paragraph(getTranslation("experiment.board.empty")));
            empty.addClassName("empty-state");
            add(empty);
        }
        board = new ExperimentBoard(all, labels);
        tabs.addSelectedChangeListener(e -> showList(e.getSelectedTab() == listTab));
        add(board, new TrackRecordCards(trackRecords.trackRecords(), labels));
    }

    private void showList(boolean showList) {
        board.setVisible(!showList);
        if (showList || list != null) {
            list().setVisible(showList);
            java.util.Objects.requireNonNull(status).setVisible(showList);
        }
    }

    /** The list and its filter, made on first use. */
    private Grid<ExperimentRow> list() {
        if (list == null) {
            List<String> states = new java.util.ArrayList<>();
            states.add(ALL);
            for (ExperimentStatus s : ExperimentStatus.values()) {
                states.add(s.name());
            }
            status = new Choice<>(
                            getTranslation("request.filter.status"),
                            states,
                            key -> key.equals(ALL)
                                    ? getTranslation("common.all")
                                    : getTranslation("experiment.status." + key),
                            ALL)
                    .onChoose(key -> filter());
            list = new Grid<>();
            buildList(list);
            // where the board is, which it replaces while the list is shown
            int at = indexOf(board) + 1;
            addComponentAtIndex(at, status);
            addComponentAtIndex(at + 1, list);
        }
        return list;
    }

    private void buildList(Grid<ExperimentRow> list) {
        list.addColumn(ExperimentRow::title)
                .setHeader(getTranslation("experiment.title"))
                .setFlexGrow(3);
        list.addColumn(StatusBadge.renderer(r -> labels.status(r.status())))
                .setHeader(getTranslation("request.filter.status"))
                .setAutoWidth(true);
        list.addColumn(r -> labels.money(r.budget()))
                .setHeader(getTranslation("experiment.budget"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        list.addColumn(r -> labels.dates(r.startDate(), r.endDate()))
                .setHeader(getTranslation("experiment.dates"))
                .setAutoWidth(true);
        list.addColumn(ExperimentRow::proposerName).setHeader(getTranslation("experiment.proposer"));
        list.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        list.setAllRowsVisible(true);
        list.addItemClickListener(
                e -> ExperimentNavigation.toDetails(e.getItem().id()));
        list.setItems(all);
    }

    private void filter() {
        list().setItems(all.stream().filter(this::shown).toList());
    }

    private boolean shown(ExperimentRow row) {
        String chosen = status == null ? ALL : status.getValue();
        return chosen.equals(ALL) || row.status().name().equals(chosen);
    }

    /** {@code ?status=SUBMITTED} (the dashboard's pipeline) opens the list filtered by that state. */
    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("status").ifPresent(text -> {
            for (ExperimentStatus s : ExperimentStatus.values()) {
                if (s.name().equals(text)) {
                    tabs.setSelectedTab(listTab);
                    list();
                    java.util.Objects.requireNonNull(status).setValue(s.name());
                    filter();
                }
            }
        });
    }

    /** The experiments of the list's state filter (all when none) as a table to export. */
    private app.baton.shared.export.Table table() {
        app.baton.shared.export.Table table = new app.baton.shared.export.Table(
                getTranslation("experiment.board.title"),
                List.of(
                        "#",
                        getTranslation("experiment.title"),
                        getTranslation("request.filter.status"),
                        getTranslation("dashboard.channel"),
                        getTranslation("experiment.budget"),
                        getTranslation("experiment.dates"),
                        getTranslation("experiment.proposer")));
        all.stream()
                .filter(this::shown)
                .forEach(r -> table.row(
                        r.id(),
                        r.title(),
                        getTranslation("experiment.status." + r.status().name()),
                        labels.channel(r.channelId()),
                        r.budget(),
                        labels.dates(r.startDate(), r.endDate()),
                        r.proposerName()));
        return table;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("experiment.board.title");
    }
}
