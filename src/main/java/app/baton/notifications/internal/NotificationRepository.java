package app.baton.notifications.internal;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationRepository extends JpaRepository<NotificationEntity, Long> {

    List<NotificationEntity> findByUserIdOrderByCreatedAtDescIdDesc(long userId, Pageable page);

    long countByUserIdAndReadAtIsNull(long userId);

    List<NotificationEntity> findByUserIdAndReadAtIsNull(long userId);
}
