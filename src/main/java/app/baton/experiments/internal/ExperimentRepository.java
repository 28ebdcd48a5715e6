package app.baton.experiments.internal;

import app.baton.experiments.ExperimentStatus;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExperimentRepository extends JpaRepository<ExperimentEntity, Long> {

    List<ExperimentEntity> findAllByOrderByCreatedAtDesc();

    List<ExperimentEntity> findByStatusIn(Collection<ExperimentStatus> statuses);

    List<ExperimentEntity> findByStatusAndStartDateLessThanEqual(ExperimentStatus status, LocalDate date);

    List<ExperimentEntity> findByProposerUserId(long proposerUserId);
}
