package app.baton.selection.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CandidateRepository extends JpaRepository<CandidateEntity, Long> {

    List<CandidateEntity> findByRoundIdOrderByAddedAtAscIdAsc(long roundId);

    List<CandidateEntity> findByAgencyId(long agencyId);

    Optional<CandidateEntity> findByRoundIdAndAgencyId(long roundId, long agencyId);
}
