package app.baton.notifications.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The company's LINE account (at most one row in a company's scope). */
public interface LineChannelRepository extends JpaRepository<LineChannelEntity, Long> {

    Optional<LineChannelEntity> findFirstByOrderByIdAsc();
}
