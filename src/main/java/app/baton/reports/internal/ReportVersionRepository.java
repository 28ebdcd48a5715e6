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

    // The company-wide reads below serve the company's own people, who see every engagement of the company: the
    // tenant alone narrows them, so no list of engagement ids is gathered and sent first (and Hibernate keeps one plan
    // for each, where a list parameter would have it translated again at every run: decision 003, 017).

    /**
     * Each month of the company's engagements that has a version, counted by the database: its first upload, its
     * number of versions and how many were rejected. For the scorecards, which need no version's figures.
     */
    @Query("""
            select new app.baton.reports.internal.MonthHistory(v.engagementId, v.reportMonth, min(v.uploadedAt),
                count(v), sum(case when v.status = ?1 then 1 else 0 end))
            from ReportVersionEntity v
            group by v.engagementId, v.reportMonth""")
    List<MonthHistory> monthHistoriesOfCompany(ReviewStatus rejected);

    /** The totals of the company's versions in this status (accepted, for the scorecards), without their text. */
    @Query("""
            select new app.baton.reports.internal.AcceptedSums(v.engagementId, v.reportMonth, v.impressions, v.clicks,
                v.cost, v.conversions, v.conversionValue, v.newCustomers)
            from ReportVersionEntity v
            where v.status = ?1""")
    List<AcceptedSums> sumsOfCompany(ReviewStatus status);

    /**
     * The state of each month of these engagements that has a version: its latest version's status, newest month
     * first. For the counts of what is late or waiting, which need no version's figures.
     */
    @Query("""
            select new app.baton.reports.internal.MonthState(v.engagementId, v.reportMonth, v.id, v.status,
                v.uploadedAt)
            from ReportVersionEntity v
            where v.engagementId in ?1
              and not exists (select w.id from ReportVersionEntity w
                              where w.engagementId = v.engagementId and w.reportMonth = v.reportMonth
                                and w.versionNumber > v.versionNumber)
            order by v.reportMonth desc""")
    List<MonthState> latestStateOfEachMonth(Collection<Long> engagementIds);

    /** As {@link #latestStateOfEachMonth}, for every engagement of the company. */
    @Query("""
            select new app.baton.reports.internal.MonthState(v.engagementId, v.reportMonth, v.id, v.status,
                v.uploadedAt)
            from ReportVersionEntity v
            where not exists (select w.id from ReportVersionEntity w
                              where w.engagementId = v.engagementId and w.reportMonth = v.reportMonth
                                and w.versionNumber > v.versionNumber)
            order by v.reportMonth desc""")
    List<MonthState> latestStateOfEachMonthOfCompany();

    List<ReportVersionEntity> findByEngagementIdAndReportMonthOrderByVersionNumberDesc(
            long engagementId, LocalDate month);

    List<ReportVersionEntity> findByEngagementIdAndStatusAndReportMonthBeforeOrderByReportMonthDesc(
            long engagementId, ReviewStatus status, LocalDate month);

    /** A month's newest version: what an upload is numbered after, and refused by if it is accepted. */
    Optional<ReportVersionEntity> findFirstByEngagementIdAndReportMonthOrderByVersionNumberDesc(
            long engagementId, LocalDate month);

    @Query("select max(v.versionNumber) from ReportVersionEntity v where v.engagementId = ?1 and v.reportMonth = ?2")
    Optional<Integer> lastNumber(long engagementId, LocalDate month);

    /**
     * The current version of each engagement's months in [from, to] — the latest, unless it was rejected — with its
     * engagement's title and kind: what the company's own sales are reconciled against. The database leaves out the
     * versions a newer one replaced (an agency may send a month many times) and reads only the columns the claims use.
     */
    @Query("""
            select new app.baton.reports.internal.ClaimedVersion(
                v.id, v.engagementId, e.title, e.conversionKind, v.reportMonth, v.versionNumber,
                v.impressions, v.clicks, v.cost, v.conversions, v.conversionValue, v.newCustomers)
            from ReportVersionEntity v join EngagementEntity e on e.id = v.engagementId
            where v.reportMonth between ?1 and ?2 and v.status <> ?3
              and not exists (select w.id from ReportVersionEntity w
                              where w.engagementId = v.engagementId and w.reportMonth = v.reportMonth
                                and w.versionNumber > v.versionNumber)
            order by v.reportMonth, v.engagementId""")
    List<ClaimedVersion> currentOfEachMonthBetween(LocalDate from, LocalDate to, ReviewStatus rejected);
}
