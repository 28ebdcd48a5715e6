package app.baton.reports.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RatingRepository extends JpaRepository<RatingEntity, Long> {

    List<RatingEntity> findByEngagementIdOrderByQuarterDesc(long engagementId);

    /** Every rating of the company's engagements, newest quarter first (no list of ids: see ReportVersionRepository). */
    List<RatingEntity> findAllByOrderByQuarterDesc();

    Optional<RatingEntity> findByEngagementIdAndQuarter(long engagementId, String quarter);
}
