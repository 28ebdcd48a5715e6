package app.baton.experiments.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AttachmentRepository extends JpaRepository<AttachmentEntity, Long> {

    List<AttachmentEntity> findByExperimentIdOrderByUploadedAtAsc(long experimentId);
}
