package app.baton.notifications.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LineLinkRepository extends JpaRepository<LineLinkEntity, Long> {

    Optional<LineLinkEntity> findByUserId(long userId);
}
