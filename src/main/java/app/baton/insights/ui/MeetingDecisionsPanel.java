package app.baton.insights.ui;

import app.baton.budgets.RequestId;
import app.baton.budgets.ui.BudgetNavigation;
import app.baton.experiments.ui.ExperimentNavigation;
import app.baton.insights.MeetingService;
import app.baton.insights.MeetingService.DecisionKind;
import app.baton.insights.MeetingService.Meeting;
import app.baton.shared.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.time.ZoneId;

/**
 * The decisions written into the meeting, each linked to what it concerns; while open, a note can be added and a
 * founder closes the meeting with its attendees.
 */
final class MeetingDecisionsPanel extends Div {

    private final ZoneId zone;
    private final boolean founder;
    private final MeetingView.Decide decide;
    private final Runnable closeMeeting;

    MeetingDecisionsPanel(
            Meeting m, InsightLabels l, ZoneId zone, boolean founder, MeetingView.Decide decide, Runnable close) {
        this.zone = zone;
        this.founder = founder;
        this.decide = decide;
        this.closeMeeting = close;
        addClassName("dashboard-section");
        add(new H3(getTranslation("meeting.decisions")));
        fill(m, l);
    }

    private void fill(Meeting m, InsightLabels l) {
        Div section = this;
        if (m.record().decisions().isEmpty()) {
            section.add(new Paragraph(getTranslation("meeting.decisionsNone")));
        }
        for (MeetingService.Decision d : m.record().decisions()) {
            Span who = new Span(" · " + d.recordedBy() + " · " + Formats.dateTime(d.at(), zone, getLocale()));
            who.addClassName("hint");
            Component subject = d.subjectId() == null
                    ? new Span(getTranslation("meeting.kind." + d.kind().name()))
                    : Links.to(
                            d.kind() == DecisionKind.EXPERIMENT
                                    ? ExperimentNavigation.details(d.subjectId())
                                    : BudgetNavigation.request(new RequestId(d.subjectId())),
                            getTranslation("meeting.kind." + d.kind().name()) + " #" + d.subjectId());
            Div item = MeetingAgendaPanel.item(subject, new Span(" — " + d.text()), who);
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
            return;
        }
        Button note = new Button(
                getTranslation("meeting.addNote"),
                VaadinIcon.EDIT.create(),
                click -> decide.open(DecisionKind.NOTE, null, ""));
        FlexLayout actions = new FlexLayout(note);
        actions.addClassName("pickers");
        if (founder) {
            Button close =
                    new Button(getTranslation("meeting.close"), VaadinIcon.CHECK.create(), click -> closeMeeting.run());
            close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(close);
        }
        section.add(actions);
    }
}
