package app.baton.reports.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RatingRepository extends JpaRepository<RatingEntity, Long> {

    List<RatingEntity> findByEngagementIdOrderByQuarterDesc(long engagementId);

    List<RatingEntity> findByEngagementIdInOrderByQuarterDesc(java.util.Collection<Long> engagementIds);

    Optional<RatingEntity> findByEngagementIdAndQuarter(long engagementId, String quarter);
}
