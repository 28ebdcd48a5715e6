package app.baton.notifications.ui;

import app.baton.notifications.NotificationService;
import app.baton.notifications.NotificationService.NotificationView;
import app.baton.security.CurrentUser;
import app.baton.shared.Formats;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.List;

/** The signed-in person's notifications in this company, newest first; opening one marks it read. */
@Route("notifications")
@Menu(order = 90, icon = "vaadin:envelope", title = "nav.notifications")
@PermitAll
public class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    private final NotificationService notifications;
    private final ZoneId zone;
    private final Div list = new Div();

    public NotificationsView(NotificationService notifications, CurrentUser currentUser) {
        this.notifications = notifications;
        this.zone = currentUser.requireMembership().zoneId();
        addClassName("page");
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("notifications.title")));
        header.setWidthFull();
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);
        header.setAlignItems(Alignment.CENTER);
        header.setWrap(true);
        list.addClassName("notification-list");
        Paragraph seen = new Paragraph(getTranslation("notifications.seenOnVisit"));
        seen.addClassName("hint");
        add(header, seen, list);
        refresh();
        // what this visit shows is seen: new ones stay highlighted on this page, and the count in the menu clears
        if (notifications.unreadCount() > 0) {
            notifications.markAllRead();
        }
    }

    private void refresh() {
        list.removeAll();
        List<NotificationView> mine = notifications.mine(100);
        if (mine.isEmpty()) {
            Div empty = new Div(new Paragraph(getTranslation("notifications.empty")));
            empty.addClassName("empty-state");
            list.add(empty);
            return;
        }
        for (NotificationView n : mine) {
            Div item = new Div();
            item.addClassName("notification");
            if (!n.read()) {
                item.addClassName("unread");
            }
            Span text = new Span(getTranslation(
                    "notification." + n.kind(), app.baton.shared.Formats.forReader(n.arguments(), getLocale())));
            Span when = new Span(Formats.dateTime(n.createdAt(), zone, getLocale()));
            when.addClassName("hint");
            item.add(text, when);
            item.getElement().setAttribute("role", "link");
            item.getElement().setAttribute("tabindex", "0");
            item.addClickListener(click -> {
                notifications.markRead(n.id());
                if (n.link() != null) {
                    // a link may carry a query ("authority?successor=12"): the router takes it apart
                    int query = n.link().indexOf('?');
                    if (query < 0) {
                        UI.getCurrent().navigate(n.link());
                    } else {
                        UI.getCurrent()
                                .navigate(
                                        n.link().substring(0, query),
                                        com.vaadin.flow.router.QueryParameters.fromString(
                                                n.link().substring(query + 1)));
                    }
                } else {
                    refresh();
                }
            });
            list.add(item);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title");
    }
}
