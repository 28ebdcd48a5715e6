package app.baton.reports.ui;

import app.baton.budgets.ChannelService;
import app.baton.reports.EngagementService;
import app.baton.reports.EngagementService.EngagementView;
import app.baton.reports.MonthRow;
import app.baton.reports.ReportService;
import app.baton.reports.ReportVersionQueryService;
import app.baton.reports.ScorecardService;
import app.baton.reports.VersionSummary;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipRole;
import app.baton.security.Roles;
import app.baton.shared.DomainException;
import app.baton.shared.Formats;
import app.baton.shared.ids.EngagementId;
import app.baton.tenancy.InvitationService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One engagement: its terms and KPI targets, every month of its term with the report's state (LATE in the
 * company's time zone), the upload for the agency's people, the scorecard and the founders' quarterly ratings.
 */
@Route("engagements/:engagementId")
@RolesAllowed({Roles.FOUNDER, Roles.SUCCESSOR, Roles.VENDOR})
class EngagementDetailsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final EngagementService engagements;
    private final ReportService reports;
    private final ReportVersionQueryService reviews;
    private final ScorecardService scorecards;
    private final InvitationService invitations;
    private final ChannelService channels;
    private final ReportLabels labels;
    private final boolean vendor;
    private final boolean founder;
    private final java.time.ZoneId zone;
    private final java.time.LocalDate today;
    private String title = "";

    public EngagementDetailsView(
            EngagementService engagements,
            ReportService reports,
            ReportVersionQueryService reviews,
            ScorecardService scorecards,
            InvitationService invitations,
            ChannelService channels,
            CurrentUser currentUser,
            java.time.Clock clock) {
        this.engagements = engagements;
        this.reports = reports;
        this.reviews = reviews;
        this.scorecards = scorecards;
        this.invitations = invitations;
        this.channels = channels;
        this.labels = new ReportLabels(this, currentUser.requireMembership().currency());
        this.vendor = currentUser.requireMembership().role() == MembershipRole.VENDOR;
        this.founder = currentUser.requireMembership().role() == MembershipRole.FOUNDER;
        this.zone = currentUser.requireMembership().zoneId();
        this.today = java.time.LocalDate.now(clock.withZone(zone));
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            long id = Long.parseLong(event.getRouteParameters()
                    .get(ReportNavigation.ENGAGEMENT_ID)
                    .orElse(""));
            show(engagements.engagement(new EngagementId(id)));
        } catch (NumberFormatException | DomainException e) {
            Div empty = new Div(new Paragraph(getTranslation("engagement.notFound")));
            empty.addClassName("empty-state");
            add(empty);
        }
    }

    private void show(EngagementView e) {
        title = e.title();
        HorizontalLayout header = new HorizontalLayout(new H2(e.title()));
        header.setAlignItems(Alignment.CENTER);
        header.setWrap(true);
        if (!vendor && engagements.mayManage()) {
            header.add(new Button(
                    getTranslation("engagement.edit"),
                    VaadinIcon.EDIT.create(),
                    click -> ReportNavigation.toEngagementEdit(e.id())));
        }
        if (founder) {
            header.add(new Button(
                    getTranslation("engagement.invite"),
                    VaadinIcon.USER_CARD.create(),
                    click -> new InviteAgencyDialog(invitations, e.agencyId(), e.agencyName()).open()));
        }
        add(header, terms(e));
        if (vendor) {
            add(new ReportUploadPanel(reports, e, labels, today, ReportNavigation::toVersion));
        }
        Div monthsHead = new Div(
                new H3(getTranslation("engagement.months")),
                new app.baton.shared.ui.ExportLinks("baton-reports-" + e.id(), () -> versionsTable(e, labels)));
        monthsHead.addClassName("chart-card-head");
        add(monthsHead, months(e));
        add(new ScorecardPanel(scorecards, e.id(), founder, labels, today));
    }

    private Div terms(EngagementView e) {
        Div box = new Div();
        box.addClassName("decision-ask");
        Map<Long, String> names = channels.channels(e.channelIds()).stream()
                .collect(Collectors.toMap(
                        ChannelService.ChannelView::id,
                        c -> c.name() != null ? c.name() : getTranslation("channel." + c.code())));
        box.add(line("engagement.agency", e.agencyName()));
        box.add(line(
                "engagement.channels",
                e.channelIds().stream()
                        .map(id -> names.getOrDefault(id, "#" + id))
                        .collect(Collectors.joining("、"))));
        box.add(line(
                "engagement.feeAndCapLabel",
                getTranslation("engagement.feeAndCap", labels.money(e.monthlyFee()), labels.money(e.mediaSpendCap()))));
        if (e.channelIds().size() > 1 && e.monthlyFee().signum() > 0) {
            // what each channel's cost carries of the fee in the KPIs
            box.add(line(
                    "engagement.feeSplit",
                    e.feeByChannel().entrySet().stream()
                            .map(f -> getTranslation(
                                    "engagement.feeShare",
                                    names.getOrDefault(f.getKey(), "#" + f.getKey()),
                                    labels.money(f.getValue())))
                            .collect(Collectors.joining("、"))));
        }
        box.add(line(
                "engagement.term",
                Formats.date(e.start(), labels.locale()) + " – " + Formats.date(e.end(), labels.locale())));
        box.add(line("engagement.dueDay", getTranslation("engagement.dueDayText", e.dueDay())));
        String conversion =
                getTranslation("engagement.conversionKind." + e.conversionKind().name())
                        + (e.conversionDefinition().isBlank() ? "" : "：" + e.conversionDefinition());
        box.add(line(
                "engagement.conversion",
                e.conversionSince() == null
                        ? conversion
                        : getTranslation(
                                "engagement.conversionSince",
                                conversion,
                                labels.month(java.time.YearMonth.from(e.conversionSince())))));
        if (!e.deliverables().isBlank()) {
            box.add(line("engagement.deliverables", e.deliverables()));
        }
        if (!e.vendorDuties().isBlank()) {
            box.add(line("engagement.vendorDuties", e.vendorDuties()));
        }
        if (!e.inHouseDuties().isBlank()) {
            box.add(line("engagement.inHouseDuties", e.inHouseDuties()));
        }
        if (!e.targets().isEmpty()) {
            box.add(line(
                    "engagement.targets",
                    e.targets().stream()
                            .map(t -> getTranslation("kpi." + t.kpi().name()) + " "
                                    + labels.kpi(t.kpi(), t.target())
                                    + (t.month() == null ? "" : " (" + labels.month(t.month()) + ")"))
                            .collect(Collectors.joining(" · "))));
        }
        return box;
    }

    /** Every version of the engagement's reports as a table to export. */
    private app.baton.shared.export.Table versionsTable(EngagementView e, ReportLabels labels) {
        app.baton.shared.export.Table table = new app.baton.shared.export.Table(
                e.title(),
                List.of(
                        getTranslation("dashboard.month"),
                        getTranslation("export.version"),
                        getTranslation("request.filter.status"),
                        getTranslation("export.file"),
                        getTranslation("export.rows"),
                        getTranslation("export.flags"),
                        getTranslation("export.openFlags"),
                        getTranslation("export.uploadedBy"),
                        getTranslation("export.uploadedAt"),
                        "SHA-256"));
        for (VersionSummary v : reviews.versions(e.id())) {
            table.row(
                    labels.month(v.month()),
                    v.number(),
                    getTranslation("report.status." + v.status().name()),
                    v.fileName(),
                    v.rows(),
                    v.flagCount(),
                    v.openFlags(),
                    v.uploadedBy(),
                    app.baton.shared.Formats.dateTime(v.uploadedAt(), zone, getLocale()),
                    v.sha256());
        }
        return table;
    }

    private Div months(EngagementView e) {
        Div list = new Div();
        List<MonthRow> rows = reviews.months(e.id());
        if (rows.isEmpty()) {
            Div empty = new Div(new Paragraph(getTranslation("engagement.months.none")));
            empty.addClassName("empty-state");
            list.add(empty);
        }
        for (MonthRow row : rows) {
            Div line = new Div();
            line.addClassName("month-row");
            Span month = new Span(labels.month(row.month()));
            month.addClassName("month-name");
            line.add(month);
            if (row.status() != null) {
                line.add(labels.status(row.status()));
            } else {
                line.add(new Span(getTranslation("report.notSubmitted")));
            }
            if (row.late()) {
                line.add(labels.late());
            } else if (row.submittedLate()) {
                line.add(new app.baton.shared.ui.StatusBadge(
                        getTranslation("report.submittedLate"), app.baton.shared.ui.StatusBadge.Tone.WARNING));
            }
            Span due = new Span(getTranslation("report.dueOn", Formats.date(row.due(), labels.locale())));
            due.addClassName("item-meta");
            line.add(due);
            if (row.openFlags() > 0) {
                line.add(new Span(getTranslation("report.openFlags", row.openFlags())));
            }
            if (row.latestVersionId() != null) {
                Anchor open = new Anchor(
                        ReportNavigation.version(row.latestVersionId()),
                        getTranslation("report.openVersion", row.versions()));
                line.add(open);
            }
            list.add(line);
        }
        return list;
    }

    private Div line(String labelKey, String value) {
        Div line = new Div();
        line.addClassName("decision-line");
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("stat-label");
        line.add(label, new Span(value));
        return line;
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("engagement.list.title") : title;
    }
}
