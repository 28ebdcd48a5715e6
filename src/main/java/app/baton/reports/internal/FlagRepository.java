package app.baton.reports.internal;

import app.baton.reports.FlagState;
import app.baton.reports.checks.Severity;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FlagRepository extends JpaRepository<FlagEntity, Long> {

    List<FlagEntity> findByReportVersionIdOrderByIdAsc(long reportVersionId);

    List<FlagEntity> findByReportVersionIdIn(Collection<Long> reportVersionIds);

    /** The flags of these versions still to be dealt with (in these states, above this severity), per version. */
    @Query("""
            select new app.baton.reports.internal.VersionCount(f.reportVersionId, count(f))
            from FlagEntity f
            where f.reportVersionId in ?1 and f.state in ?2 and f.severity <> ?3
            group by f.reportVersionId""")
    List<VersionCount> countsIn(Collection<Long> reportVersionIds, Collection<FlagState> states, Severity notSeverity);

    /**
     * The flags of these versions still to be dealt with — not closed, above INFO — per version id, counted by the
     * database (no flag's rows read for a number); a version with none is absent.
     */
    default java.util.Map<Long, Long> openCountsIn(Collection<Long> reportVersionIds) {
        if (reportVersionIds.isEmpty()) {
            return java.util.Map.of();
        }
        List<FlagState> stillOpen = java.util.Arrays.stream(FlagState.values())
                .filter(state -> !state.closed())
                .toList();
        java.util.Map<Long, Long> out = new java.util.HashMap<>();
        for (VersionCount c : countsIn(reportVersionIds, stillOpen, Severity.INFO)) {
            out.put(c.reportVersionId(), c.count());
        }
        return out;
    }

    /** The flags of every version of these engagements, counted per engagement and state by the database. */
    @Query("""
            select new app.baton.reports.internal.FlagCount(v.engagementId, f.state, count(f))
            from FlagEntity f join ReportVersionEntity v on v.id = f.reportVersionId
            where v.engagementId in ?1
            group by v.engagementId, f.state""")
    List<FlagCount> countsByEngagement(Collection<Long> engagementIds);
}
