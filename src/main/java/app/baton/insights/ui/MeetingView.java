package app.baton.insights.ui;

import app.baton.budgets.RequestRow;
import app.baton.experiments.ExperimentFigure;
import app.baton.insights.MeetingPack;
import app.baton.insights.MeetingService;
import app.baton.insights.MeetingService.DecisionKind;
import app.baton.insights.MeetingService.Meeting;
import app.baton.insights.PdfPack;
import app.baton.insights.Suggestions;
import app.baton.insights.TrendKpi;
import app.baton.reports.ReportFigures;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipRole;
import app.baton.security.Roles;
import app.baton.shared.Formats;
import app.baton.shared.export.Exports;
import app.baton.shared.ui.ReasonDialog;
import app.baton.shared.ui.Refusals;
import app.baton.shared.ui.SimpleTable;
import app.baton.shared.ui.StatusBadge;
import app.baton.shared.ui.Toasts;
import app.baton.tenancy.MembershipService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The monthly budget review meeting (每月預算審查) of one month, {@code /meeting/2026-10}: budget vs actual, KPI
 * attainment, suggestions, experiments awaiting a decision, reports with open flags and pending requests; decisions
 * are recorded on the page (each can open the request or experiment it concerns) and founders close the meeting
 * with its attendees. The pack downloads as PDF or XLSX.
 *
 * <p>Size (about 410 lines): the meeting's sections are built here; they want to be panels of their own (decision
 * 019, left).
 */
@Route("meeting/:month?")
@RouteAlias("meeting")
@Menu(order = 2, icon = "vaadin:calendar-user", title = "nav.meeting")
@RolesAllowed({Roles.FOUNDER, Roles.SUCCESSOR})
public class MeetingView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final MeetingService meetings;
    private final MembershipService members;
    private final boolean founder;
    private final ZoneId zone;
    private YearMonth month = YearMonth.of(2000, 1); // set from the route before anything is shown

    public MeetingView(MeetingService meetings, MembershipService members, CurrentUser currentUser) {
        this.meetings = meetings;
        this.members = members;
        this.founder = currentUser.requireMembership().role() == MembershipRole.FOUNDER;
        this.zone = currentUser.requireMembership().zoneId();
        addClassName("page");
        setDefaultHorizontalComponentAlignment(Alignment.STRETCH);
        addClassName("meeting");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<YearMonth> asked = event.getRouteParameters().get("month").flatMap(MeetingView::parse);
        month = asked.orElseGet(meetings::defaultMonth);
        render();
    }

    private void render() {
        removeAll();
        Optional<Meeting> found = meetings.meeting(month);
        Button previous = new Button(VaadinIcon.ANGLE_LEFT.create(), click -> go(month.minusMonths(1)));
        previous.setAriaLabel(getTranslation("meeting.previous"));
        Button next = new Button(VaadinIcon.ANGLE_RIGHT.create(), click -> go(month.plusMonths(1)));
        next.setAriaLabel(getTranslation("meeting.next"));
        H2 title = new H2(getTranslation("meeting.title", Formats.month(month, getLocale())));
        FlexLayout head = new FlexLayout(previous, title, next);
        head.addClassName("meeting-head");
        add(head);
        if (found.isEmpty()) {
            Div empty = new Div(
                    new H3(getTranslation("meeting.noPlan")), new Paragraph(getTranslation("meeting.noPlanText")));
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        Meeting m = found.get();
        InsightLabels l =
                new InsightLabels(this, m.dashboard().channels(), m.dashboard().currency());
        StatusBadge state = m.record().closed()
                ? new StatusBadge(getTranslation("meeting.closedState"), StatusBadge.Tone.SUCCESS)
                : new StatusBadge(getTranslation("meeting.openState"), StatusBadge.Tone.INFO);
        FlexLayout tools = new FlexLayout(state, download(m, l, true), download(m, l, false));
        tools.addClassName("pickers");
        add(
                tools,
                new BudgetPanel(m.dashboard(), m.monthIndex(), l),
                GroundTruthPanel.of(m.dashboard(), List.of(m.month()), l),
                attainment(m, l),
                suggestions(m, l),
                toDecide(m, l),
                decisions(m, l));
    }

    private Anchor download(Meeting m, InsightLabels l, boolean pdf) {
        String base = "baton-meeting-" + month;
        Anchor a = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes;
                    if (pdf) {
                        bytes = PdfPack.write(
                                l.t("meeting.title", l.month(month)),
                                l.t("pack.subtitle", m.dashboard().fiscalYear()),
                                MeetingPack.tables(m, l),
                                l::money);
                    } else {
                        bytes = Exports.xlsx(MeetingPack.tables(m, l));
                    }
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            base + (pdf ? ".pdf" : ".xlsx"),
                            pdf ? "application/pdf" : Exports.XLSX_TYPE,
                            bytes.length);
                }),
                getTranslation(pdf ? "meeting.downloadPdf" : "meeting.downloadXlsx"));
        a.addClassName("download-link");
        a.getElement().setAttribute("download", true);
        return a;
    }

    private Component attainment(Meeting m, InsightLabels l) {
        Div section = section(getTranslation("meeting.attainment"));
        List<String> headers = new ArrayList<>();
        headers.add(getTranslation("dashboard.channel"));
        for (TrendKpi kpi : TrendKpi.values()) {
            headers.add(l.kpiName(kpi));
        }
        SimpleTable table = new SimpleTable(headers);
        List<Component> target = new ArrayList<>();
        target.add(new Span(getTranslation("dashboard.target")));
        for (TrendKpi kpi : TrendKpi.values()) {
            target.add(new Span(l.kpi(kpi, m.dashboard().settings().targets().get(kpi))));
        }
        table.addRow(target);
        table.addRow(kpiRow(null, l.channel(null), m.overall(), m, l));
        m.attainment().forEach(a -> table.addRow(kpiRow(a.channelId(), l.channel(a.channelId()), a.values(), m, l)));
        section.add(table);
        return section;
    }

    private List<Component> kpiRow(
            @Nullable Long channelId,
            String name,
            java.util.Map<TrendKpi, java.math.@Nullable BigDecimal> values,
            Meeting m,
            InsightLabels l) {
        List<Component> row = new ArrayList<>();
        row.add(new Span(name));
        String sources = Links.sources(m.dashboard().fiscalYear(), m.monthIndex(), null, channelId);
        for (TrendKpi kpi : TrendKpi.values()) {
            Boolean met =
                    kpi.met(values.get(kpi), m.dashboard().settings().targets().get(kpi));
            Anchor cell = Links.to(sources, l.kpi(kpi, values.get(kpi)));
            if (met != null) {
                cell.addClassName(met ? "met" : "missed");
                cell.getElement().setAttribute("title", getTranslation(met ? "pack.met" : "pack.missed"));
            }
            row.add(cell);
        }
        return row;
    }

    private Component suggestions(Meeting m, InsightLabels l) {
        Div section = section(getTranslation("meeting.suggestions"));
        Paragraph hint = new Paragraph(getTranslation("meeting.suggestionsHint"));
        hint.addClassName("hint");
        section.add(hint);
        // a month whose reports are not all in says so: its channels' spend and KPIs would be judged on missing data
        for (MeetingService.Incomplete i : m.incomplete()) {
            String channels = i.channelIds().stream()
                    .sorted()
                    .map(l::channel)
                    .collect(java.util.stream.Collectors.joining(getTranslation("common.listSeparator")));
            Paragraph notice = new Paragraph(getTranslation(
                    i.late() ? "meeting.incomplete.late" : "meeting.incomplete.waiting",
                    i.engagement(),
                    l.month(m.month()),
                    channels));
            notice.addClassNames("meeting-incomplete", "warning-text");
            section.add(notice);
        }
        if (m.suggestions().isEmpty()) {
            section.add(new Paragraph(getTranslation("meeting.suggestionsNone")));
        }
        for (Suggestions.Suggestion s : m.suggestions()) {
            String text = s.amount() == null || s.amount().signum() == 0
                    ? MeetingPack.suggestionText(s, l)
                    : getTranslation(
                            "meeting.suggestion.withAmount", MeetingPack.suggestionText(s, l), l.money(s.amount()));
            Div item = new Div(new Span(text));
            item.addClassName("meeting-item");
            item.addClassName(s.kind().from() ? "suggest-from" : "suggest-to");
            if (!m.record().closed()) {
                Anchor request = Links.to(requestLink(s, text), getTranslation("meeting.openRequest"));
                item.add(request, decideButton(DecisionKind.NOTE, null, text));
            }
            section.add(item);
        }
        return section;
    }

    /** The request form started from a suggestion: money out of the channel, or into it, in the meeting's month. */
    private String requestLink(Suggestions.Suggestion s, String text) {
        java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
        String side = s.kind().from() ? "from" : "to";
        params.put(side + "Tier", s.tier().name());
        params.put(side + "Channel", Long.toString(s.channelId()));
        params.put("month", month.toString());
        if (s.amount() != null && s.amount().signum() > 0) {
            params.put("amount", s.amount().stripTrailingZeros().toPlainString());
        }
        params.put("reason", getTranslation("meeting.requestReason", Formats.month(month, getLocale()), text));
        return "budget/requests/new?"
                + com.vaadin.flow.router.QueryParameters.simple(params).getQueryString();
    }

    private Component toDecide(Meeting m, InsightLabels l) {
        Div section = section(getTranslation("meeting.toDecide"));
        boolean open = !m.record().closed();
        section.add(new H4(getTranslation("meeting.experimentsToDecide")));
        if (m.experimentsToDecide().isEmpty()) {
            section.add(none());
        }
        for (ExperimentFigure e : m.experimentsToDecide()) {
            Div item = item(Links.to(
                    "experiments/" + e.id(),
                    e.title() + " · "
                            + getTranslation("experiment.status." + e.status().name()) + " · " + l.money(e.budget())));
            if (open) {
                item.add(decideButton(DecisionKind.EXPERIMENT, e.id(), e.title() + ": "));
            }
            section.add(item);
        }
        section.add(new H4(getTranslation("meeting.pendingRequests")));
        if (m.pendingRequests().isEmpty()) {
            section.add(none());
        }
        for (RequestRow r : m.pendingRequests()) {
            Div item = item(Links.to(
                    "budget/requests/" + r.id(),
                    "#" + r.id() + " · "
                            + getTranslation("request.kind." + r.kind().name()) + " · " + r.requesterName() + " · "
                            + l.money(r.amount())));
            if (open) {
                item.add(decideButton(DecisionKind.BUDGET_CHANGE, r.id(), "#" + r.id() + ": "));
            }
            section.add(item);
        }
        section.add(new H4(getTranslation("meeting.openFlags")));
        if (m.openFlags().isEmpty()) {
            section.add(none());
        }
        for (ReportFigures.OpenFlags f : m.openFlags()) {
            section.add(item(Links.to(
                    "reports/" + f.versionId(),
                    getTranslation(
                            "dashboard.openFlagsItem", f.agency(), f.engagement(), l.month(f.month()), f.open()))));
        }
        return section;
    }

    private Component decisions(Meeting m, InsightLabels l) {
        Div section = section(getTranslation("meeting.decisions"));
        if (m.record().decisions().isEmpty()) {
            section.add(new Paragraph(getTranslation("meeting.decisionsNone")));
        }
        for (MeetingService.Decision d : m.record().decisions()) {
            Span who = new Span(" · " + d.recordedBy() + " · " + Formats.dateTime(d.at(), zone, getLocale()));
            who.addClassName("hint");
            Component subject = d.subjectId() == null
                    ? new Span(getTranslation("meeting.kind." + d.kind().name()))
                    : Links.to(
                            (d.kind() == DecisionKind.EXPERIMENT ? "experiments/" : "budget/requests/") + d.subjectId(),
                            getTranslation("meeting.kind." + d.kind().name()) + " #" + d.subjectId());
            Div item = item(subject, new Span(" — " + d.text()), who);
            item.addClassName("decision");
            section.add(item);
        }
        if (m.record().closed()) {
            section.add(new Paragraph(getTranslation(
                    "meeting.closedBy",
                    String.valueOf(m.record().closedBy()),
                    m.record().closedAt() == null
                            ? ""
                            : Formats.dateTime(m.record().closedAt(), zone, getLocale()),
                    String.join(
                            "、",
                            m.record().attendees().stream().map(a -> a.name()).toList()))));
            if (m.record().summary() != null) {
                section.add(new Paragraph(m.record().summary()));
            }
            return section;
        }
        Button note = new Button(
                getTranslation("meeting.addNote"),
                VaadinIcon.EDIT.create(),
                click -> decide(DecisionKind.NOTE, null, ""));
        FlexLayout actions = new FlexLayout(note);
        actions.addClassName("pickers");
        if (founder) {
            Button close = new Button(
                    getTranslation("meeting.close"),
                    VaadinIcon.CHECK.create(),
                    click ->
                            new CloseMeetingDialog(members, people -> close(people.people(), people.summary())).open());
            close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(close);
        }
        section.add(actions);
        return section;
    }

    private Button decideButton(DecisionKind kind, @Nullable Long subject, String prefill) {
        Button b = new Button(getTranslation("meeting.recordDecision"), click -> decide(kind, subject, prefill));
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return b;
    }

    private void decide(DecisionKind kind, @Nullable Long subject, String prefill) {
        new ReasonDialog(
                        "meeting.recordDecision",
                        "meeting.recordDecisionText",
                        "meeting.decisionLabel",
                        "meeting.record",
                        text -> {
                            new Refusals().run(() -> {
                                meetings.decide(month, kind, subject, text);
                                Toasts.success("meeting.recorded");
                                render();
                            });
                        })
                .prefill(prefill)
                .open();
    }

    private void close(List<app.baton.insights.MeetingService.Attendee> people, @Nullable String summary) {
        new Refusals().run(() -> {
            meetings.close(month, people, summary);
            Toasts.success("meeting.closedToast");
            render();
        });
    }

    private Paragraph none() {
        Paragraph p = new Paragraph(getTranslation("meeting.nothing"));
        p.addClassName("hint");
        return p;
    }

    private static Div item(Component... parts) {
        Div item = new Div(parts);
        item.addClassName("meeting-item");
        return item;
    }

    private static Div section(String title) {
        Div section = new Div(new H3(title));
        section.addClassName("dashboard-section");
        return section;
    }

    private void go(YearMonth target) {
        UI.getCurrent().navigate("meeting/" + target);
    }

    private static Optional<YearMonth> parse(String text) {
        try {
            return Optional.of(YearMonth.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meeting.title", Formats.month(month, getLocale()));
    }
}
