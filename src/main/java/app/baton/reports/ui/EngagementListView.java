package app.baton.reports.ui;

import app.baton.reports.EngagementQueryService;
import app.baton.reports.EngagementView;
import app.baton.security.CurrentUser;
import app.baton.security.Roles;
import app.baton.shared.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
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
import java.util.List;

/**
 * The engagements (外包合約) the reader may see: the whole company's for founders and successors, an agency's own
 * for its people (in each company it serves). Each card opens the engagement with its monthly reports.
 */
@Route("engagements")
@Menu(order = 14, icon = "vaadin:handshake", title = "nav.engagements")
@RolesAllowed({Roles.FOUNDER, Roles.SUCCESSOR, Roles.VENDOR})
class EngagementListView extends VerticalLayout implements HasDynamicTitle {

    public EngagementListView(
            EngagementQueryService engagements,
            app.baton.reports.ReportStatusQueryService reviews,
            CurrentUser currentUser) {
        addClassName("page");
        ReportLabels labels =
                new ReportLabels(this, currentUser.requireMembership().currency());
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("engagement.list.title")));
        header.setWidthFull();
        header.setAlignItems(Alignment.CENTER);
        header.setWrap(true);
        if (engagements.mayManage()) {
            Button create = new Button(
                    getTranslation("engagement.new"),
                    VaadinIcon.PLUS.create(),
                    click -> ReportNavigation.toNewEngagement());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(create);
        }
        add(header);
        List<EngagementView> list = engagements.engagements();
        if (list.isEmpty()) {
            Div empty = new Div(new Paragraph(getTranslation(
                    engagements.mayManage() ? "engagement.list.emptyManager" : "engagement.list.empty")));
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        var statuses = reviews.statuses(list);
        Div cards = new Div();
        cards.addClassName("card-grid");
        for (EngagementView e : list) {
            Anchor card = new Anchor(ReportNavigation.engagement(e.id()));
            card.addClassNames("waiting-card", "engagement-card");
            Span title = new Span(e.title());
            title.addClassName("item-title");
            Span agency = new Span(e.agencyName());
            agency.addClassName("item-meta");
            Span term =
                    new Span(Formats.date(e.start(), labels.locale()) + " – " + Formats.date(e.end(), labels.locale()));
            term.addClassName("item-meta");
            Span money = new Span(getTranslation(
                    "engagement.feeAndCap", labels.money(e.monthlyFee()), labels.money(e.mediaSpendCap())));
            money.addClassName("item-meta");
            card.add(title, agency, term, money);
            var status = statuses.get(e.id());
            if (status != null) {
                Div badges = new Div();
                badges.addClassName("flag-top");
                if (status.latestMonth() != null && status.latestStatus() != null) {
                    badges.add(new Span(labels.month(status.latestMonth())), labels.status(status.latestStatus()));
                } else {
                    badges.add(new Span(getTranslation("report.noneYet")));
                }
                if (status.late() > 0) {
                    badges.add(new app.baton.shared.ui.StatusBadge(
                            getTranslation("home.reportsLate", status.late()),
                            app.baton.shared.ui.StatusBadge.Tone.DANGER));
                }
                card.add(badges);
            }
            cards.add(card);
        }
        add(cards);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("engagement.list.title");
    }
}
