package app.baton.budgets.ui;

import app.baton.budgets.BudgetRequestService;
import app.baton.budgets.BudgetRequestService.Filter;
import app.baton.budgets.BudgetRequestService.RequestRow;
import app.baton.budgets.BudgetRequestService.Requester;
import app.baton.budgets.ChannelService;
import app.baton.budgets.RequestKind;
import app.baton.budgets.RequestStatus;
import app.baton.security.CurrentUser;
import app.baton.security.Roles;
import app.baton.shared.Formats;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every budget change request of the company, newest first, filtered by state, kind and requester; loaded lazily. */
@Route("budget/requests")
@Menu(order = 11, icon = "vaadin:exchange", title = "nav.requests")
@RolesAllowed({Roles.FOUNDER, Roles.SUCCESSOR})
public class RequestListView extends VerticalLayout implements HasDynamicTitle {

    /** The most rows one export holds. */
    static final int MAX_EXPORT = 100_000;

    /** The filters' choice that stands for every value. */
    private static final String ALL = "";

    private final BudgetRequestService requests;
    private final Grid<RequestRow> grid = new Grid<>();
    private final Choice<String> status;
    private final Choice<String> kind;
    private final Choice<String> requester;
    private final Div empty = new Div();
    private final Paragraph emptyText = new Paragraph();

    public RequestListView(BudgetRequestService requests, ChannelService channels, CurrentUser currentUser) {
        this.requests = requests;
        ZoneId zone = currentUser.requireMembership().zoneId();
        BudgetLabels labels =
                new BudgetLabels(this, channels, currentUser.requireMembership().currency(), null);
        addClassName("page");
        Button create = new Button(
                getTranslation("request.new"),
                VaadinIcon.PLUS.create(),
                click -> UI.getCurrent().navigate(RequestFormView.class));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("request.list.title")), create);
        header.setWidthFull();
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);
        header.setAlignItems(Alignment.CENTER);
        header.setWrap(true);

        // the browser's own selects, sent as HTML: three Vaadin Selects kept an element for each item (issue 16)
        status = new Choice<>(
                        getTranslation("request.filter.status"),
                        keys(RequestStatus.values()),
                        key -> key.equals(ALL) ? getTranslation("common.all") : getTranslation("request.status." + key),
                        ALL)
                .onChoose(key -> refresh());
        kind = new Choice<>(
                        getTranslation("request.filter.kind"),
                        keys(RequestKind.values()),
                        key -> key.equals(ALL) ? getTranslation("common.all") : labels.kind(RequestKind.valueOf(key)),
                        ALL)
                .onChoose(key -> refresh());
        Map<String, String> names = new LinkedHashMap<>();
        names.put(ALL, getTranslation("common.all"));
        for (Requester r : requests.requesters()) {
            names.put(Long.toString(r.userId()), r.name());
        }
        requester = new Choice<>(
                        getTranslation("request.filter.requester"), List.copyOf(names.keySet()), names::get, ALL)
                .onChoose(key -> refresh());
        app.baton.shared.ui.ExportLinks export =
                new app.baton.shared.ui.ExportLinks("baton-requests", () -> table(requests, labels, zone));
        HorizontalLayout filters = new HorizontalLayout(status, kind, requester, export);
        filters.setAlignItems(Alignment.BASELINE);
        filters.addClassName("filters");
        filters.setWrap(true);

        grid.addColumn(r -> "#" + r.id()).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(StatusBadge.renderer(r -> labels.status(r.status())))
                .setHeader(getTranslation("request.filter.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> labels.kind(r.kind()))
                .setHeader(getTranslation("request.kind"))
                .setAutoWidth(true);
        grid.addColumn(r -> labels.money(r.amount()))
                .setHeader(getTranslation("request.amount"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(r -> (r.fromTier() == null ? "" : labels.place(r.fromTier(), r.fromChannelId()))
                        + (r.toTier() == null ? "" : " → " + labels.place(r.toTier(), r.toChannelId())))
                .setHeader(getTranslation("request.fromTo"))
                .setFlexGrow(3);
        grid.addColumn(RequestRow::requesterName)
                .setHeader(getTranslation("request.requester"))
                .setAutoWidth(true);
        grid.addColumn(r -> Formats.dateTime(r.submittedAt(), zone, getLocale()))
                .setHeader(getTranslation("request.submittedAt"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addItemClickListener(e -> RequestDetailsView.open(e.getItem().id()));
        grid.setPageSize(50);

        empty.addClassName("empty-state");
        empty.add(emptyText);
        add(header, filters, empty, grid);
        setFlexGrow(1, grid);
        setHeightFull();
        refresh();
    }

    private void refresh() {
        Filter filter = filter();
        long count = requests.count(filter);
        empty.setVisible(count == 0);
        // a filter that leaves nothing is not a company without requests
        emptyText.setText(getTranslation(filter.equals(Filter.all()) ? "request.list.empty" : "request.list.noMatch"));
        grid.setVisible(count > 0);
        grid.setItems(query -> requests.requests(filter, query.getOffset(), query.getLimit()).stream(), query ->
                (int) requests.count(filter));
    }

    /** The requests of the current filter as a table to export (amounts as numbers). */
    private app.baton.shared.export.Table table(BudgetRequestService service, BudgetLabels labels, ZoneId zone) {
        app.baton.shared.export.Table table = new app.baton.shared.export.Table(
                getTranslation("request.list.title"),
                List.of(
                        "#",
                        getTranslation("request.filter.status"),
                        getTranslation("request.kind"),
                        getTranslation("request.amount"),
                        getTranslation("request.fromTo"),
                        getTranslation("request.requester"),
                        getTranslation("request.submittedAt")));
        for (RequestRow r : service.requests(filter(), 0, MAX_EXPORT)) {
            table.row(
                    r.id(),
                    getTranslation("request.status." + r.status().name()),
                    labels.kind(r.kind()),
                    r.amount(),
                    (r.fromTier() == null ? "" : labels.place(r.fromTier(), r.fromChannelId()))
                            + (r.toTier() == null ? "" : " → " + labels.place(r.toTier(), r.toChannelId())),
                    r.requesterName(),
                    Formats.dateTime(r.submittedAt(), zone, getLocale()));
        }
        return table;
    }

    private Filter filter() {
        return new Filter(
                status.getValue().equals(ALL) ? null : RequestStatus.valueOf(status.getValue()),
                kind.getValue().equals(ALL) ? null : RequestKind.valueOf(kind.getValue()),
                requester.getValue().equals(ALL) ? null : Long.valueOf(requester.getValue()));
    }

    /** "All" and the names of {@code values}, the keys of a filter's choice. */
    private static List<String> keys(Enum<?>[] values) {
        List<String> keys = new ArrayList<>();
        keys.add(ALL);
        for (Enum<?> value : values) {
            keys.add(value.name());
        }
        return keys;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("request.list.title");
    }
}
