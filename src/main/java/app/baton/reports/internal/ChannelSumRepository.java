package app.baton.reports.internal;

import app.baton.reports.ReviewStatus;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ChannelSumRepository extends JpaRepository<ChannelSumEntity, Long> {

    /**
     * Channel sums of versions in a status (e.g. ACCEPTED) whose month lies in [from, to], each with its version's
     * engagement, id and month (not the whole version: its text columns are not needed).
     */
    @Query(
            "select s, v.engagementId, v.id, v.reportMonth from ChannelSumEntity s, ReportVersionEntity v where v.id = s.versionId and v.status = ?1"
                    + " and v.reportMonth between ?2 and ?3")
    List<Object[]> findWithVersion(ReviewStatus status, LocalDate from, LocalDate to);

    List<ChannelSumEntity> findByVersionIdIn(java.util.Collection<Long> versionIds);

    /**
     * The channel sums of each month's current version in [from, to] — the versions
     * {@link ReportVersionRepository#currentOfEachMonthBetween} reads — without a list of their ids.
     */
    @Query("""
            select s from ChannelSumEntity s join ReportVersionEntity v on v.id = s.versionId
            where v.reportMonth between ?1 and ?2 and v.status <> ?3
              and not exists (select w.id from ReportVersionEntity w
                              where w.engagementId = v.engagementId and w.reportMonth = v.reportMonth
                                and w.versionNumber > v.versionNumber)""")
    List<ChannelSumEntity> ofCurrentVersionsBetween(LocalDate from, LocalDate to, ReviewStatus rejected);
}
