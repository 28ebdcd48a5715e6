package app.baton.selection.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoundRepository extends JpaRepository<RoundEntity, Long> {

    List<RoundEntity> findAllByOrderByCreatedAtDesc();

    List<RoundEntity> findByIdInOrderByCreatedAtDesc(Collection<Long> ids);
}
