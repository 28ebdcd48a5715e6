package app.baton.insights.ui;

import app.baton.budgets.RequestId;
import app.baton.budgets.RequestRow;
import app.baton.budgets.ui.BudgetNavigation;
import app.baton.experiments.ExperimentFigure;
import app.baton.experiments.ui.ExperimentNavigation;
import app.baton.insights.MeetingService.DecisionKind;
import app.baton.insights.MeetingService.Meeting;
import app.baton.reports.ReportFigures;
import app.baton.reports.ui.ReportNavigation;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;

/** What waits for the meeting: experiments to decide, pending budget requests, reports with open flags. */
final class MeetingAgendaPanel extends Div {

    /** One line of a meeting's list. */
    static Div item(Component... parts) {
        Div item = new Div(parts);
        item.addClassName("meeting-item");
        return item;
    }

    private Paragraph none() {
        Paragraph p = new Paragraph(getTranslation("meeting.nothing"));
        p.addClassName("hint");
        return p;
    }

    private final MeetingView.Decide decide;

    MeetingAgendaPanel(Meeting m, InsightLabels l, MeetingView.Decide decide) {
        this.decide = decide;
        addClassName("dashboard-section");
        add(new H3(getTranslation("meeting.toDecide")));
        fill(m, l);
    }

    private void fill(Meeting m, InsightLabels l) {
        Div section = this;
        boolean open = !m.record().closed();
        section.add(new H4(getTranslation("meeting.experimentsToDecide")));
        if (m.experimentsToDecide().isEmpty()) {
            section.add(none());
        }
        for (ExperimentFigure e : m.experimentsToDecide()) {
            Div item = item(Links.to(
                    ExperimentNavigation.details(e.id()),
                    e.title() + " · "
                            + getTranslation("experiment.status." + e.status().name()) + " · " + l.money(e.budget())));
            if (open) {
                item.add(decide.button(DecisionKind.EXPERIMENT, e.id(), e.title() + ": "));
            }
            section.add(item);
        }
        section.add(new H4(getTranslation("meeting.pendingRequests")));
        if (m.pendingRequests().isEmpty()) {
            section.add(none());
        }
        for (RequestRow r : m.pendingRequests()) {
            Div item = item(Links.to(
                    BudgetNavigation.request(new RequestId(r.id())),
                    "#" + r.id() + " · "
                            + getTranslation("request.kind." + r.kind().name()) + " · " + r.requesterName() + " · "
                            + l.money(r.amount())));
            if (open) {
                item.add(decide.button(DecisionKind.BUDGET_CHANGE, r.id(), "#" + r.id() + ": "));
            }
            section.add(item);
        }
        section.add(new H4(getTranslation("meeting.openFlags")));
        if (m.openFlags().isEmpty()) {
            section.add(none());
        }
        for (ReportFigures.OpenFlags f : m.openFlags()) {
            section.add(item(Links.to(
                    ReportNavigation.version(f.versionId()),
                    getTranslation(
                            "dashboard.openFlagsItem", f.agency(), f.engagement(), l.month(f.month()), f.open()))));
        }
    }
}
