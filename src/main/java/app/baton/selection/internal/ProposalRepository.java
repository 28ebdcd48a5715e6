package app.baton.selection.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProposalRepository extends JpaRepository<ProposalEntity, Long> {

    Optional<ProposalEntity> findByCandidateId(long candidateId);

    List<ProposalEntity> findByCandidateIdIn(Collection<Long> candidateIds);
}
