package app.baton.reports.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface KpiTargetRepository extends JpaRepository<KpiTargetEntity, Long> {

    List<KpiTargetEntity> findByEngagementIdOrderByKpiAscTargetMonthAsc(long engagementId);

    List<KpiTargetEntity> findByEngagementIdInOrderByKpiAscTargetMonthAsc(java.util.Collection<Long> engagementIds);
}
