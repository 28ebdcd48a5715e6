package app.baton.reports.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MissRepository extends JpaRepository<MissEntity, Long> {

    List<MissEntity> findByEngagementIdOrderByReportMonthAsc(long engagementId);

    Optional<MissEntity> findByEngagementIdAndReportMonthAndKpiAndStage(
            long engagementId, LocalDate reportMonth, app.baton.reports.EngagementKpi kpi, boolean stage);
}
