package app.baton.notifications.ui;

import app.baton.notifications.NotificationService;
import app.baton.shared.ui.NavigationBadge;
import org.springframework.stereotype.Component;

/** The count of unread notifications beside "notifications" in the navigation. */
@Component
class UnreadBadge implements NavigationBadge {

    private final NotificationService notifications;

    UnreadBadge(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public String path() {
        return "notifications";
    }

    @Override
    public long count() {
        return notifications.unreadCount();
    }
}
