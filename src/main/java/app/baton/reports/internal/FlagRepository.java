package app.baton.reports.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FlagRepository extends JpaRepository<FlagEntity, Long> {

    List<FlagEntity> findByReportVersionIdOrderByIdAsc(long reportVersionId);

    List<FlagEntity> findByReportVersionIdIn(Collection<Long> reportVersionIds);
}
