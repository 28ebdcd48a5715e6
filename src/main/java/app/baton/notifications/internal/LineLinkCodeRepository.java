package app.baton.notifications.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LineLinkCodeRepository extends JpaRepository<LineLinkCodeEntity, Long> {

    Optional<LineLinkCodeEntity> findByUserId(long userId);
}
