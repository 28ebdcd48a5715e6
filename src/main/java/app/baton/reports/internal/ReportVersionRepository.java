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

    /**
     * The latest version of each month of these engagements, where that version's status is one of these; newest
     * month first. For the lists of what waits: the database picks the few open months instead of sending every
     * version of every month (decision 017).
     */
    @Query("""
            select v from ReportVersionEntity v
            where v.engagementId in ?1 and v.status in ?2
              and not exists (select w.id from ReportVersionEntity w
                              where w.engagementId = v.engagementId and w.reportMonth = v.reportMonth
                                and w.versionNumber > v.versionNumber)
            order by v.reportMonth desc, v.versionNumber desc""")
    List<ReportVersionEntity> latestOfTheirMonthIn(Collection<Long> engagementIds, Collection<ReviewStatus> statuses);

    /**
     * The state of each month of these engagements that has a version: its latest version's status, newest month
     * first. For the counts of what is late or waiting, which need no version's figures.
     */
    @Query("""
            select new app.baton.reports.internal.MonthState(v.engagementId, v.reportMonth, v.id, v.status)
            from ReportVersionEntity v
            where v.engagementId in ?1
              and not exists (select w.id from ReportVersionEntity w
                              where w.engagementId = v.engagementId and w.reportMonth = v.reportMonth
                                and w.versionNumber > v.versionNumber)
            order by v.reportMonth desc""")
    List<MonthState> latestStateOfEachMonth(Collection<Long> engagementIds);

    List<ReportVersionEntity> findByEngagementIdAndReportMonthOrderByVersionNumberDesc(
            long engagementId, LocalDate month);

    List<ReportVersionEntity> findByEngagementIdAndStatusAndReportMonthBeforeOrderByReportMonthDesc(
            long engagementId, ReviewStatus status, LocalDate month);

    @Query("select max(v.versionNumber) from ReportVersionEntity v where v.engagementId = ?1 and v.reportMonth = ?2")
    Optional<Integer> lastNumber(long engagementId, LocalDate month);

    /**
     * The latest version of each engagement's months in [from, to]: what the company's own sales are reconciled
     * against. The database leaves out the versions a newer one replaced (an agency may send a month many times).
     */
    @Query("""
            select v from ReportVersionEntity v
            where v.reportMonth between ?1 and ?2
              and not exists (select w.id from ReportVersionEntity w
                              where w.engagementId = v.engagementId and w.reportMonth = v.reportMonth
                                and w.versionNumber > v.versionNumber)
            order by v.reportMonth, v.engagementId""")
    List<ReportVersionEntity> latestOfEachMonthBetween(LocalDate from, LocalDate to);
}
