package app.baton.reports.internal;

import app.baton.reports.FlagState;
import app.baton.reports.ReviewStatus;
import app.baton.reports.checks.Severity;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FlagRepository extends JpaRepository<FlagEntity, Long> {

    List<FlagEntity> findByReportVersionIdOrderByIdAsc(long reportVersionId);

    List<FlagEntity> findByReportVersionIdIn(Collection<Long> reportVersionIds);

    /**
     * The flags still to be dealt with — not closed, above INFO — of each month's latest version that is not accepted,
     * per version, counted by the database (no flag's rows read for a number; no list of ids, see
     * ReportVersionRepository). A version with none is absent.
     */
    @Query("""
            select new app.baton.reports.internal.VersionCount(f.reportVersionId, count(f))
            from FlagEntity f join ReportVersionEntity v on v.id = f.reportVersionId
            where f.state <> ?1 and f.state <> ?2 and f.severity <> ?3 and v.status <> ?4
              and not exists (select w.id from ReportVersionEntity w
                              where w.engagementId = v.engagementId and w.reportMonth = v.reportMonth
                                and w.versionNumber > v.versionNumber)
            group by f.reportVersionId""")
    List<VersionCount> countsOfLatest(FlagState closed, FlagState alsoClosed, Severity notSeverity, ReviewStatus not);

    /** {@link #countsOfLatest} of the company's months whose latest version is not accepted, by version id. */
    default java.util.Map<Long, Long> openOfLatestUnaccepted() {
        java.util.Map<Long, Long> out = new java.util.HashMap<>();
        for (VersionCount c :
                countsOfLatest(FlagState.RESOLVED, FlagState.DISMISSED, Severity.INFO, ReviewStatus.ACCEPTED)) {
            out.put(c.reportVersionId(), c.count());
        }
        return out;
    }

    /** The flags of every version of the company's engagements, counted per engagement and state by the database. */
    @Query("""
            select new app.baton.reports.internal.FlagCount(v.engagementId, f.state, count(f))
            from FlagEntity f join ReportVersionEntity v on v.id = f.reportVersionId
            group by v.engagementId, f.state""")
    List<FlagCount> countsByEngagementOfCompany();
}
