package app.baton.reports.internal;

import app.baton.reports.ReviewStatus;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReportVersionRepository extends JpaRepository<ReportVersionEntity, Long> {

    List<ReportVersionEntity> findByEngagementIdOrderByReportMonthDescVersionNumberDesc(long engagementId);

    List<ReportVersionEntity> findByEngagementIdInOrderByReportMonthDescVersionNumberDesc(Collection<Long> ids);

    List<ReportVersionEntity> findByEngagementIdAndReportMonthOrderByVersionNumberDesc(
            long engagementId, LocalDate month);

    List<ReportVersionEntity> findByEngagementIdAndStatusAndReportMonthBeforeOrderByReportMonthDesc(
            long engagementId, ReviewStatus status, LocalDate month);

    @Query("select max(v.versionNumber) from ReportVersionEntity v where v.engagementId = ?1 and v.reportMonth = ?2")
    Optional<Integer> lastNumber(long engagementId, LocalDate month);

    /** Every engagement's versions of the months in [from, to], the latest first. */
    List<ReportVersionEntity> findByReportMonthBetweenOrderByVersionNumberDesc(LocalDate from, LocalDate to);
}
