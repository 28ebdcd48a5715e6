package app.baton.insights.ui;

import app.baton.insights.MeetingPack;
import app.baton.insights.MeetingService;
import app.baton.insights.MeetingService.DecisionKind;
import app.baton.insights.MeetingService.Meeting;
import app.baton.insights.PdfPack;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipRole;
import app.baton.security.Roles;
import app.baton.shared.Formats;
import app.baton.shared.export.Exports;
import app.baton.shared.ui.ReasonDialog;
import app.baton.shared.ui.Refusals;
import app.baton.shared.ui.StatusBadge;
import app.baton.shared.ui.Toasts;
import app.baton.tenancy.MembershipService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
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
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The monthly budget review meeting (每月預算審查) of one month, {@code /meeting/2026-10}: budget vs actual, KPI
 * attainment, suggestions, experiments awaiting a decision, reports with open flags and pending requests; decisions
 * are recorded on the page (each can open the request or experiment it concerns) and founders close the meeting
 * with its attendees. The pack downloads as PDF or XLSX.
 *
 * <p>The sections are panels: {@link MeetingAttainmentPanel}, {@link MeetingSuggestionsPanel}, {@link
 * MeetingAgendaPanel}, {@link MeetingDecisionsPanel}; the page holds the month, the downloads and the dialogs.
 */
@Route("meeting/:month?")
@RouteAlias("meeting")
@Menu(order = 2, icon = "vaadin:calendar-user", title = "nav.meeting")
@RolesAllowed({Roles.FOUNDER, Roles.SUCCESSOR})
class MeetingView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

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
        Optional<YearMonth> asked =
                event.getRouteParameters().get(InsightsNavigation.MONTH).flatMap(MeetingView::parse);
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
                new MeetingAttainmentPanel(m, l),
                new MeetingSuggestionsPanel(m, l, decide),
                new MeetingAgendaPanel(m, l, decide),
                new MeetingDecisionsPanel(
                        m,
                        l,
                        zone,
                        founder,
                        decide,
                        () -> new CloseMeetingDialog(members, people -> close(people.people(), people.summary()))
                                .open()));
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

    /** Writing a decision into the meeting: the dialog, or a small button that opens it. */
    interface Decide {
        void open(DecisionKind kind, @Nullable Long subject, String prefill);

        Button button(DecisionKind kind, @Nullable Long subject, String prefill);
    }

    private final Decide decide = new Decide() {
        @Override
        public void open(DecisionKind kind, @Nullable Long subject, String prefill) {
            decide(kind, subject, prefill);
        }

        @Override
        public Button button(DecisionKind kind, @Nullable Long subject, String prefill) {
            Button b = new Button(getTranslation("meeting.recordDecision"), click -> decide(kind, subject, prefill));
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return b;
        }
    };

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

    private void go(YearMonth target) {
        InsightsNavigation.toMeeting(target);
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
