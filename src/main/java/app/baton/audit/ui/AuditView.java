package app.baton.audit.ui;

import app.baton.audit.AuditService;
import app.baton.audit.AuditService.AuditEntry;
import app.baton.audit.AuditService.AuditFilter;
import app.baton.security.CurrentUser;
import app.baton.security.Roles;
import app.baton.shared.Formats;
import app.baton.shared.events.AuditSentence;
import app.baton.tenancy.MembershipService;
import app.baton.tenancy.MembershipService.MemberView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
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
    private final Details filterPanel = new Details();

    private void showCheck(Paragraph target, AuditService.ChainCheck check) {
        String when = Formats.dateTime(check.checkedAt(), zone, getLocale());
        target.removeClassNames("audit-chain-intact", "audit-chain-broken");
        target.setVisible(true);
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
        // on a phone the four filters would fill the first screen: they fold away, the summary says what is chosen
        filterPanel.setSummaryText(getTranslation(
                "audit.filtersSummary", getTranslation("audit.filters"), getTranslation("audit.filtersNone")));
        filterPanel.add(filters);
        filterPanel.addClassName("audit-filters");
        filterPanel.setOpened(false);
        addAttachListener(attached -> attached.getUI().getPage().retrieveExtendedClientDetails(details -> {
            if (details.getWindowInnerWidth() > 700) {
                filterPanel.setOpened(true);
            }
        }));

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
        grid.addComponentColumn(this::who)
                .setHeader(getTranslation("audit.whenWho"))
                .setFlexGrow(1);
        grid.addComponentColumn(this::what)
                .setHeader(getTranslation("audit.what"))
                .setFlexGrow(3);
        // the technical detail (codes, ids, the recorded summary, the account) one tap away
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(this::detail));
        grid.setDetailsVisibleOnClick(true);
        grid.addClassName("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(data);
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.setSizeFull();

        Paragraph hint = new Paragraph(getTranslation("audit.detailHint"));
        hint.addClassName("member-email");
        from.addValueChangeListener(e -> applyFilter());
        to.addValueChangeListener(e -> applyFilter());
        person.addValueChangeListener(e -> applyFilter());
        action.addValueChangeListener(e -> applyFilter());

        Paragraph chainState = new Paragraph();
        chainState.addClassName("audit-chain");
        chainState.setVisible(false);
        audit.lastCheck().ifPresent(check -> showCheck(chainState, check));
        Button verify = new Button(getTranslation("audit.verify"), click -> showCheck(chainState, audit.verify()));
        verify.addClassName("audit-verify");
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("audit.title")), verify);
        header.setWidthFull();
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);
        header.setAlignItems(Alignment.CENTER);
        header.setWrap(true);

        add(header, chainState, filterPanel, hint, grid);
        setFlexGrow(1, grid);
    }

    private void applyFilter() {
        data.setFilter(filter());
        List<String> chosen = new ArrayList<>();
        if (from.getValue() != null || to.getValue() != null) {
            chosen.add((from.getValue() == null ? "" : Formats.date(from.getValue(), getLocale())) + "–"
                    + (to.getValue() == null ? "" : Formats.date(to.getValue(), getLocale())));
        }
        if (person.getValue() != null) {
            chosen.add(person.getValue().displayName());
        }
        if (action.getValue() != null && !action.getValue().isEmpty()) {
            chosen.add(label(action.getValue()));
        }
        filterPanel.setSummaryText(getTranslation(
                "audit.filtersSummary",
                getTranslation("audit.filters"),
                chosen.isEmpty()
                        ? getTranslation("audit.filtersNone")
                        : String.join(getTranslation("common.listSeparator"), chosen)));
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
    app.baton.shared.export.Table table(AuditService audit) {
        app.baton.shared.export.Table table = new app.baton.shared.export.Table(
                getTranslation("audit.title"),
                java.util.List.of(
                        getTranslation("audit.when"),
                        getTranslation("audit.who"),
                        getTranslation("audit.action"),
                        getTranslation("audit.what"),
                        getTranslation("audit.reasonColumn"),
                        getTranslation("audit.recordedColumn")));
        for (AuditEntry e : audit.search(filter(), 0, 100_000)) {
            table.row(
                    Formats.dateTime(e.occurredAt(), zone, getLocale()),
                    actor(e) + (e.actorRole() == null ? "" : " (" + getTranslation("role." + e.actorRole()) + ")"),
                    label(e.action()),
                    e.sentence().map(this::say).orElse(e.summary()),
                    e.reason(),
                    e.summary());
        }
        return table;
    }

    private @Nullable Instant start(@Nullable LocalDate date) {
        return date == null ? null : date.atStartOfDay(zone).toInstant();
    }

    private String label(String actionCode) {
        return getTranslation("audit.action." + actionCode);
    }

    /** The person's name today; the recorded e-mail for an account that is gone; the system for jobs. */
    private String actor(AuditEntry entry) {
        if (entry.actorDisplayName() != null) {
            return entry.actorDisplayName();
        }
        return entry.actorName() == null ? getTranslation("audit.system") : entry.actorName();
    }

    private String say(AuditSentence sentence) {
        return AuditSentences.say(sentence, getLocale(), this::getTranslation);
    }

    private Component who(AuditEntry entry) {
        Span when = new Span(Formats.dateTime(entry.occurredAt(), zone, getLocale()));
        when.addClassName("member-email");
        Span name = new Span(actor(entry));
        Div cell = new Div(when, name);
        if (entry.actorRole() != null) {
            Span role = new Span(getTranslation("role.short." + entry.actorRole()));
            role.addClassName("member-email");
            cell.add(role);
        }
        cell.addClassName("member-cell");
        return cell;
    }

    private Component what(AuditEntry entry) {
        String said = entry.sentence()
                .map(sentence -> getTranslation("audit.sentenceLine", label(entry.action()), say(sentence)))
                .orElse(label(entry.action()));
        Span line = new Span(said);
        line.addClassName("audit-sentence");
        Div cell = new Div(line);
        if (entry.reason() != null) {
            Span reason = new Span(getTranslation("audit.reason", entry.reason()));
            reason.addClassName("member-email");
            cell.add(reason);
        }
        cell.addClassName("member-cell");
        return cell;
    }

    /** What opens under a row: the action's code, the object, the summary as recorded, the account. */
    Component detail(AuditEntry entry) {
        Div detail = new Div();
        detail.addClassName("audit-detail");
        detail.add(new Paragraph(getTranslation("audit.detail.action", entry.action())));
        detail.add(new Paragraph(getTranslation(
                "audit.detail.object", entry.objectType(), entry.objectId() == null ? "" : entry.objectId())));
        detail.add(new Paragraph(getTranslation("audit.detail.summary", entry.summary())));
        if (entry.actorName() != null) {
            detail.add(new Paragraph(getTranslation("audit.detail.account", entry.actorName())));
        }
        return detail;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
