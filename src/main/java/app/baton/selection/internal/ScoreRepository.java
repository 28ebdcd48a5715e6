package app.baton.selection.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ScoreRepository extends JpaRepository<ScoreEntity, Long> {

    Optional<ScoreEntity> findByCandidateIdAndScorerUserId(long candidateId, long scorerUserId);

    List<ScoreEntity> findByCandidateIdIn(Collection<Long> candidateIds);
}
