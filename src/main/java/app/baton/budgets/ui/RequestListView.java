package app.baton.budgets.ui;

import app.baton.budgets.BudgetRequestQueryService;
import app.baton.budgets.ChannelService;
import app.baton.budgets.RequestFilter;
import app.baton.budgets.RequestKind;
import app.baton.budgets.RequestRow;
import app.baton.budgets.RequestStatus;
import app.baton.budgets.Requester;
import app.baton.security.CurrentUser;
import app.baton.security.Roles;
import app.baton.shared.ui.Choice;
import app.baton.shared.ui.Markup;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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

/**
 * Every budget change request of the company, newest first, filtered by state, kind and requester; fifty a page, read
 * a page at a time. Each row links to its request.
 */
@Route("budget/requests")
@Menu(order = 11, icon = "vaadin:exchange", title = "nav.requests")
@RolesAllowed({Roles.FOUNDER, Roles.SUCCESSOR})
class RequestListView extends VerticalLayout implements HasDynamicTitle {

    /** The most rows one export holds. */
    static final int MAX_EXPORT = 100_000;

    /** The filters' choice that stands for every value. */
    private static final String ALL = "";

    /** Rows a page of the list shows. */
    static final int PAGE = 50;

    private final BudgetRequestQueryService requests;
    private final BudgetLabels labels;
    private final ZoneId zone;
    private final RequestTable rowsTable;
    private final Div table = new Div();
    private final Button newer;
    private final Button older;
    private final Span range = new Span();
    private final HorizontalLayout pager;
    private final Choice<String> status;
    private final Choice<String> kind;
    private final Choice<String> requester;
    private final Div empty = new Div();
    private final Paragraph emptyText = new Paragraph();
    private RequestFilter filter = RequestFilter.all();
    private long count;
    private int offset;

    public RequestListView(BudgetRequestQueryService requests, ChannelService channels, CurrentUser currentUser) {
        this.requests = requests;
        this.zone = currentUser.requireMembership().zoneId();
        this.labels =
                new BudgetLabels(this, channels, currentUser.requireMembership().currency(), null);
        this.rowsTable = new RequestTable(this, labels, zone, getLocale());
        newer = new Button(getTranslation("request.list.newer"), VaadinIcon.ANGLE_LEFT.create());
        older = new Button(getTranslation("request.list.older"), VaadinIcon.ANGLE_RIGHT.create());
        older.setIconAfterText(true);
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
                new app.baton.shared.ui.ExportLinks("baton-requests", () -> export(requests));
        HorizontalLayout filters = new HorizontalLayout(status, kind, requester, export);
        filters.setAlignItems(Alignment.BASELINE);
        filters.addClassName("filters");
        filters.setWrap(true);

        empty.addClassName("empty-state");
        empty.add(emptyText);
        table.addClassName("request-table-wrap");
        newer.addClickListener(click -> show(offset - PAGE));
        older.addClickListener(click -> show(offset + PAGE));
        pager = new HorizontalLayout(newer, range, older);
        pager.setAlignItems(Alignment.BASELINE);
        pager.addClassName("pager");
        add(header, filters, empty, table, pager);
        refresh();
    }

    /** The filters changed: their first page. */
    private void refresh() {
        filter = filter();
        count = requests.count(filter);
        empty.setVisible(count == 0);
        // a filter that leaves nothing is not a company without requests
        emptyText.setText(
                getTranslation(filter.equals(RequestFilter.all()) ? "request.list.empty" : "request.list.noMatch"));
        show(0);
    }

    /**
     * Shows the page of rows from {@code from}: an HTML table whose rows are router links to each request (the server
     * keeps the table's text only; a Vaadin grid kept its columns, renderers and listeners for as long as the page was
     * open, issue 16).
     */
    private void show(int from) {
        offset = (int) Math.max(0, Math.min(from, (count - 1) / PAGE * PAGE));
        List<RequestRow> rows = count == 0 ? List.of() : requests.requests(filter, offset, PAGE);
        // nothing at all when nothing matches (not a hidden table: Flow holds a hidden element's changes)
        Markup.write(table, rows.isEmpty() ? "" : rowsTable.html(rows));
        pager.setVisible(count > PAGE);
        newer.setEnabled(offset > 0);
        older.setEnabled(offset + PAGE < count);
        range.setText(getTranslation("request.list.range", offset + 1, offset + rows.size(), count));
    }

    /** The HTML of the rows shown (for tests). */
    String tableHtml() {
        return table.getElement().getProperty("innerHTML", "");
    }

    /** The requests of the current filter as a table to export (amounts as numbers). */
    private app.baton.shared.export.Table export(BudgetRequestQueryService service) {
        return rowsTable.export(getTranslation("request.list.title"), service.requests(filter(), 0, MAX_EXPORT));
    }

    private RequestFilter filter() {
        return new RequestFilter(
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
