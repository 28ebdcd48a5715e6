package app.baton.reports.ui;

import app.baton.reports.Attention;
import app.baton.reports.ReportStatusQueryService;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipInfo;
import app.baton.security.MembershipRole;
import app.baton.shared.ui.HomeContribution;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The monthly reports on the home page: what waits for review (for an agency, what was asked to clarify) and what is
 * late; for a founder, the first-run step "the first agency" is done once an engagement exists.
 */
@Component
class ReportsOnHome implements HomeContribution {

    private final ReportStatusQueryService reports;
    private final CurrentUser currentUser;

    ReportsOnHome(ReportStatusQueryService reports, CurrentUser currentUser) {
        this.reports = reports;
        this.currentUser = currentUser;
    }

    @Override
    public Part part() {
        MembershipInfo membership = currentUser.membership().orElse(null);
        if (membership == null) {
            return new Part(List.of(), List.of());
        }
        UI ui = UI.getCurrent();
        Attention attention = reports.attention();
        boolean agency = membership.role() == MembershipRole.VENDOR;
        Div card = HomeContribution.card(
                ui.getTranslation("home.reportsTitle"),
                attention.engagements() == 0
                        ? ui.getTranslation(agency ? "home.reportsNoneAgency" : "home.reportsNone")
                        : ui.getTranslation(
                                agency ? "home.reportsClarify" : "home.reportsWaiting", attention.waiting()),
                attention.late() == 0 ? null : ui.getTranslation("home.reportsLate", attention.late()),
                ui.getTranslation("home.openReports"),
                ReportNavigation.engagements());
        if (agency) {
            // an agency's people come for the reports first
            card.addClassName("home-card-first");
        }
        List<Step> steps = membership.role() == MembershipRole.FOUNDER
                ? List.of(new Step(40, "agency", "members", attention.engagements() > 0))
                : List.of();
        return new Part(List.of(new Card(agency ? 5 : 20, card)), steps);
    }
}
