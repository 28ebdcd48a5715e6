package app.baton.audit.ui;

import app.baton.audit.AuditService;
import app.baton.audit.AuditService.AuditEntry;
import app.baton.audit.AuditService.AuditFilter;
import app.baton.security.CurrentUser;
import app.baton.security.Roles;
import app.baton.shared.Formats;
import app.baton.tenancy.MembershipService;
import app.baton.tenancy.MembershipService.MemberView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The company's audit log for founders: newest first, filtered by date, person and action, paged lazily. */
@Route("audit")
@Menu(order = 80, icon = "vaadin:clipboard-text", title = "nav.audit")
@RolesAllowed(Roles.FOUNDER)
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    private final ZoneId zone;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<MemberView> person = new ComboBox<>();
    private final Select<String> action = new Select<>();
    private final ConfigurableFilterDataProvider<AuditEntry, Void, AuditFilter> data;

    private void showCheck(Paragraph target, AuditService.ChainCheck check) {
        String when = Formats.dateTime(check.checkedAt(), zone, getLocale());
        target.removeClassNames("audit-chain-intact", "audit-chain-broken");
        if (check.intact()) {
            target.setText(getTranslation("audit.chainIntact", check.entries(), when));
            target.addClassName("audit-chain-intact");
        } else if (check.brokenOccurredAt() == null) {
            target.setText(getTranslation("audit.chainBrokenGone", check.brokenEventId(), when));
            target.addClassName("audit-chain-broken");
        } else {
            target.setText(getTranslation(
                    "audit.chainBroken",
                    check.brokenEventId(),
                    Formats.dateTime(check.brokenOccurredAt(), zone, getLocale()),
                    when));
            target.addClassName("audit-chain-broken");
        }
    }

    public AuditView(AuditService audit, MembershipService memberships, CurrentUser currentUser) {
        this.zone = currentUser.requireMembership().zoneId();
        addClassName("page");
        setHeightFull();

        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        person.setLabel(getTranslation("audit.person"));
        person.setItems(memberships.members());
        person.setItemLabelGenerator(m -> m.displayName() + " · " + m.email());
        person.setClearButtonVisible(true);
        action.setLabel(getTranslation("audit.action"));
        List<String> actions = new ArrayList<>();
        actions.add("");
        actions.addAll(audit.actions());
        action.setItems(actions);
        action.setItemLabelGenerator(a -> a.isEmpty() ? getTranslation("audit.allActions") : label(a));
        action.setValue("");
        HorizontalLayout filters = new HorizontalLayout(
                from, to, person, action, new app.baton.shared.ui.ExportLinks("baton-audit", () -> table(audit)));
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.addClassName("filters");

        data = new CallbackDataProvider<AuditEntry, AuditFilter>(
                        query -> audit
                                .search(
                                        query.getFilter().orElse(AuditFilter.none()),
                                        query.getOffset(),
                                        query.getLimit())
                                .stream(),
                        query -> (int) Math.min(
                                Integer.MAX_VALUE, audit.count(query.getFilter().orElse(AuditFilter.none()))))
                .withConfigurableFilter();

        Grid<AuditEntry> grid = new Grid<>();
        grid.addColumn(e -> Formats.dateTime(e.occurredAt(), zone, getLocale()))
                .setHeader(getTranslation("audit.when"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::who)
                .setHeader(getTranslation("audit.who"))
                .setFlexGrow(2);
        grid.addColumn(e -> label(e.action()))
                .setHeader(getTranslation("audit.action"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::what)
                .setHeader(getTranslation("audit.what"))
                .setFlexGrow(4);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(data);
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.setSizeFull();

        from.addValueChangeListener(e -> applyFilter());
        to.addValueChangeListener(e -> applyFilter());
        person.addValueChangeListener(e -> applyFilter());
        action.addValueChangeListener(e -> applyFilter());

        Paragraph chainState = new Paragraph();
        chainState.addClassName("audit-chain");
        audit.lastCheck().ifPresent(check -> showCheck(chainState, check));
        Button verify = new Button(getTranslation("audit.verify"), click -> showCheck(chainState, audit.verify()));
        verify.addClassName("audit-verify");
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("audit.title")), verify);
        header.setWidthFull();
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);
        header.setAlignItems(Alignment.CENTER);
        header.setWrap(true);

        add(header, chainState, filters, grid);
        setFlexGrow(1, grid);
    }

    private void applyFilter() {
        data.setFilter(filter());
    }

    private AuditFilter filter() {
        MemberView chosen = person.getValue();
        String chosenAction = action.getValue();
        return new AuditFilter(
                start(from.getValue()),
                start(to.getValue() == null ? null : to.getValue().plusDays(1)),
                chosen == null ? null : chosen.userId(),
                chosenAction == null || chosenAction.isEmpty() ? null : chosenAction);
    }

    /** The events of the current filter as a table to export (at most 100,000, newest first). */
    private app.baton.shared.export.Table table(AuditService audit) {
        app.baton.shared.export.Table table = new app.baton.shared.export.Table(
                getTranslation("audit.title"),
                java.util.List.of(
                        getTranslation("audit.when"),
                        getTranslation("audit.who"),
                        getTranslation("audit.action"),
                        getTranslation("audit.what"),
                        getTranslation("audit.reasonColumn")));
        for (AuditEntry e : audit.search(filter(), 0, 100_000)) {
            table.row(
                    Formats.dateTime(e.occurredAt(), zone, getLocale()),
                    (e.actorName() == null ? getTranslation("audit.system") : e.actorName())
                            + (e.actorRole() == null ? "" : " (" + getTranslation("role." + e.actorRole()) + ")"),
                    label(e.action()),
                    e.summary(),
                    e.reason());
        }
        return table;
    }

    private @Nullable Instant start(@Nullable LocalDate date) {
        return date == null ? null : date.atStartOfDay(zone).toInstant();
    }

    private String label(String actionCode) {
        return getTranslation("audit.action." + actionCode);
    }

    private Component who(AuditEntry entry) {
        Span name = new Span(entry.actorName() == null ? getTranslation("audit.system") : entry.actorName());
        Div cell = new Div(name);
        if (entry.actorRole() != null) {
            Span role = new Span(getTranslation("role." + entry.actorRole()));
            role.addClassName("member-email");
            cell.add(role);
        }
        cell.addClassName("member-cell");
        return cell;
    }

    private Component what(AuditEntry entry) {
        Div cell = new Div(new Span(entry.summary()));
        if (entry.reason() != null) {
            Span reason = new Span(getTranslation("audit.reason", entry.reason()));
            reason.addClassName("member-email");
            cell.add(reason);
        }
        cell.addClassName("member-cell");
        return cell;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
