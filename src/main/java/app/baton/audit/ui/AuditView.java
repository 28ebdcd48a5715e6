package app.baton.audit.ui;

import app.baton.audit.AuditService;
import app.baton.audit.AuditService.AuditEntry;
import app.baton.audit.AuditService.AuditFilter;
import app.baton.security.CurrentUser;
import app.baton.security.Roles;
import app.baton.shared.Formats;
import app.baton.shared.events.AuditSentence;
import app.baton.tenancy.MembershipService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;

/** The company's audit log for founders: newest first, filtered by date, person and action, paged lazily. */
@Route("audit")
@Menu(order = 80, icon = "vaadin:clipboard-text", title = "nav.audit")
@RolesAllowed(Roles.FOUNDER)
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    private final ZoneId zone;
    private final ConfigurableFilterDataProvider<AuditEntry, Void, AuditFilter> data;
    private final AuditFilters filters;

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

        filters = new AuditFilters(
                memberships.members(),
                audit.actions(),
                zone,
                this::label,
                new app.baton.shared.ui.ExportLinks("baton-audit", () -> table(audit)),
                filter -> data().setFilter(filter));

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

        add(header, chainState, filters, hint, grid);
        setFlexGrow(1, grid);
    }

    private ConfigurableFilterDataProvider<AuditEntry, Void, AuditFilter> data() {
        return data;
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
        for (AuditEntry e : audit.search(filters.filter(), 0, 100_000)) {
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
