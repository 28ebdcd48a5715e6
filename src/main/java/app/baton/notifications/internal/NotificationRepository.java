package app.baton.notifications.internal;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationRepository extends JpaRepository<NotificationEntity, Long> {

    List<NotificationEntity> findByUserIdOrderByCreatedAtDescIdDesc(long userId, Pageable page);

    long countByUserIdAndReadAtIsNull(long userId);

    List<NotificationEntity> findByUserIdAndReadAtIsNull(long userId);

    /** Notifications of these kinds not yet handled by the mail job, created after {@code since} (system scope). */
    List<NotificationEntity> findByMailedAtIsNullAndKindInAndCreatedAtAfterOrderByCreatedAtAscIdAsc(
            java.util.Collection<String> kinds, java.time.Instant since);
}
