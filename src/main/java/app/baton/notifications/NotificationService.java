package app.baton.notifications;

import app.baton.notifications.internal.NotificationEntity;
import app.baton.notifications.internal.NotificationRepository;
import app.baton.security.CurrentUser;
import app.baton.shared.DomainException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's own notifications in the current company: list, count unread, mark read. Nobody sees another's. */
@Service
public class NotificationService {

    private final NotificationRepository notifications;
    private final CurrentUser currentUser;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, CurrentUser currentUser, Clock clock) {
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A notification to show: translate {@code notification.<kind>} with the arguments. */
    public record NotificationView(
            long id,
            String kind,
            List<String> arguments,
            @Nullable String link,
            Instant createdAt,
            boolean read) {}

    /** The newest notifications of the signed-in person, unread and read. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<NotificationView> mine(int limit) {
        return notifications
                .findByUserIdOrderByCreatedAtDescIdDesc(me(), PageRequest.of(0, Math.max(1, limit)))
                .stream()
                .map(n -> new NotificationView(
                        n.id(), n.kind(), n.arguments(), n.link(), n.createdAt(), n.readAt() != null))
                .toList();
    }

    /** How many are unread, for the badge in the navigation. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long unreadCount() {
        return currentUser.membership().isPresent() ? notifications.countByUserIdAndReadAtIsNull(me()) : 0;
    }

    /** Marks one of the person's own notifications read. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markRead(long notificationId) {
        NotificationEntity notification = notifications
                .findById(notificationId)
                .filter(n -> n.userId() == me())
                .orElseThrow(() -> new DomainException("notifications.notFound"));
        notification.markRead(clock.instant());
    }

    /** Marks all of the person's notifications read. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markAllRead() {
        Instant now = clock.instant();
        notifications.findByUserIdAndReadAtIsNull(me()).forEach(n -> n.markRead(now));
    }

    private long me() {
        return currentUser.require().userId();
    }
}
