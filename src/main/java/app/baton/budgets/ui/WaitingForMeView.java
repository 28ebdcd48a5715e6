package app.baton.budgets.ui;

import app.baton.budgets.BudgetRequestService;
import app.baton.budgets.BudgetRequestService.RequestRow;
import app.baton.budgets.ChannelService;
import app.baton.security.CurrentUser;
import app.baton.security.Roles;
import app.baton.shared.Formats;
import app.baton.shared.ui.StatusBadge;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;

/** A founder's "waiting for me": each open request as a large card, oldest first, one tap to decide. */
@Route("approvals")
@Menu(order = 5, icon = "vaadin:bell", title = "nav.waiting")
@RolesAllowed(Roles.FOUNDER)
public class WaitingForMeView extends VerticalLayout implements HasDynamicTitle {

    public WaitingForMeView(BudgetRequestService requests, ChannelService channels, CurrentUser currentUser) {
        addClassName("page");
        ZoneId zone = currentUser.requireMembership().zoneId();
        BudgetLabels labels =
                new BudgetLabels(this, channels, currentUser.requireMembership().currency(), null);
        add(new H2(getTranslation("waiting.title")));
        List<RequestRow> waiting = requests.waitingForMe();
        if (waiting.isEmpty()) {
            Div empty = new Div(new Paragraph(getTranslation("waiting.empty")));
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        Div cards = new Div();
        cards.addClassName("waiting-list");
        for (RequestRow row : waiting) {
            cards.add(card(row, labels, zone));
        }
        add(cards);
    }

    static RouterLink card(RequestRow row, BudgetLabels labels, ZoneId zone) {
        RouterLink card = new RouterLink(
                RequestDetailsView.class,
                new com.vaadin.flow.router.RouteParameters("requestId", Long.toString(row.id())));
        card.addClassName("waiting-card");
        Span amount = new Span(labels.money(row.amount()));
        amount.addClassName("big-amount");
        Span kind = new Span(labels.kind(row.kind()) + " · #" + row.id());
        kind.addClassName("decision-kind");
        Span places = new Span((row.fromTier() == null ? "" : labels.place(row.fromTier(), row.fromChannelId()))
                + (row.toTier() == null ? "" : " → " + labels.place(row.toTier(), row.toChannelId())));
        Span who = new Span(labels.t(
                "waiting.askedBy", row.requesterName(), Formats.dateTime(row.submittedAt(), zone, labels.locale())));
        who.addClassName("hint");
        Div top = new Div(kind, labels.status(row.status()));
        top.addClassName("waiting-card-top");
        card.add(top, amount, places, who);
        if (row.hasViolations()) {
            card.add(new StatusBadge(labels.t("request.check.broken"), StatusBadge.Tone.DANGER));
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("waiting.title");
    }
}
