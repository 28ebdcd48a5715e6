package app.baton.reports.internal;

import app.baton.reports.ReviewStatus;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ChannelSumRepository extends JpaRepository<ChannelSumEntity, Long> {

    /**
     * Channel sums of versions in a status (e.g. ACCEPTED) whose month lies in [from, to], as values with their
     * version's engagement, id and month (not the whole version: its text columns are not needed).
     */
    @Query("""
            select new app.baton.reports.internal.ChannelSumFigures(v.engagementId, v.id, v.reportMonth, s.channelId,
                   s.impressions, s.clicks, s.cost, s.conversions, s.conversionValue, s.newCustomers)
            from ChannelSumEntity s join ReportVersionEntity v on v.id = s.versionId
            where v.status = ?1 and v.reportMonth between ?2 and ?3""")
    List<ChannelSumFigures> figuresWithStatus(ReviewStatus status, LocalDate from, LocalDate to);

    /**
     * The channel sums of each month's current version in [from, to] — the versions
     * {@link ReportVersionRepository#currentOfEachMonthBetween} reads — without a list of their ids, as values.
     */
    @Query("""
            select new app.baton.reports.internal.ChannelSumFigures(v.engagementId, v.id, v.reportMonth, s.channelId,
                   s.impressions, s.clicks, s.cost, s.conversions, s.conversionValue, s.newCustomers)
            from ChannelSumEntity s join ReportVersionEntity v on v.id = s.versionId
            where v.reportMonth between ?1 and ?2 and v.status <> ?3
              and not exists (select w.id from ReportVersionEntity w
                              where w.engagementId = v.engagementId and w.reportMonth = v.reportMonth
                                and w.versionNumber > v.versionNumber)""")
    List<ChannelSumFigures> ofCurrentVersionsBetween(LocalDate from, LocalDate to, ReviewStatus rejected);
}
