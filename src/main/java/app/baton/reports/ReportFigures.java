package app.baton.reports;

import app.baton.reports.internal.ChannelSumEntity;
import app.baton.reports.internal.ChannelSumRepository;
import app.baton.reports.internal.FlagEntity;
import app.baton.reports.internal.FlagRepository;
import app.baton.reports.internal.RatingEntity;
import app.baton.reports.internal.RatingRepository;
import app.baton.reports.internal.ReportVersionEntity;
import app.baton.reports.internal.ReportVersionRepository;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipInfo;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports' figures for the dashboard and the monthly review, read in a fixed number of queries whatever the
 * number of engagements: accepted spend and results per channel and month, and each engagement's scorecard, open
 * flags and late months side by side.
 */
@Service
public class ReportFigures {

    private final EngagementService engagements;
    private final ReportVersionRepository versions;
    private final ChannelSumRepository channelSums;
    private final FlagRepository flags;
    private final RatingRepository ratings;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Reconciliation reconciliation;

    ReportFigures(
            EngagementService engagements,
            ReportVersionRepository versions,
            ChannelSumRepository channelSums,
            FlagRepository flags,
            RatingRepository ratings,
            CurrentUser currentUser,
            Clock clock,
            Reconciliation reconciliation) {
        this.reconciliation = reconciliation;
        this.engagements = engagements;
        this.versions = versions;
        this.channelSums = channelSums;
        this.flags = flags;
        this.ratings = ratings;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** An accepted report's sums for one channel and month. */
    public record ChannelMonth(
            long engagementId, long versionId, YearMonth month, long channelId, EngagementKpi.Sums sums) {}

    /** A month whose latest version still has open flags. */
    public record OpenFlags(
            long engagementId, String engagement, String agency, YearMonth month, long versionId, int open) {}

    /** A month with no report past its due day. */
    public record LateMonth(long engagementId, String engagement, String agency, YearMonth month, LocalDate due) {}

    /** One engagement's scorecard, for comparing agencies side by side. */
    public record Summary(
            long engagementId,
            String engagement,
            String agency,
            int monthsDue,
            int onTime,
            @Nullable BigDecimal onTimeRate,
            @Nullable BigDecimal kpiAttainment,
            int reports,
            int flags,
            int upheld,
            int dismissed,
            int accepted,
            int rejected,
            @Nullable BigDecimal rating,
            BigDecimal acceptedSpend) {}

    /**
     * Every engagement's scorecard, the months whose latest version has open flags, the late months, and the months
     * whose latest version waits for review (with its open flags).
     */
    public record Overview(
            List<Summary> engagements, List<OpenFlags> openFlags, List<LateMonth> late, List<OpenFlags> waiting) {}

    /** What the agencies claim for {@code month}: each engagement's current report, in total and per channel. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public List<GroundTruth.Claim> claims(YearMonth month) {
        return reconciliation.claims(month);
    }

    /** As {@link #claims(YearMonth)} for every month in [from, to], in four queries. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public Map<YearMonth, List<GroundTruth.Claim>> claims(YearMonth from, YearMonth to) {
        return reconciliation.claims(from, to);
    }

    /** Accepted reports' sums per channel for months in [from, to]. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public List<ChannelMonth> accepted(YearMonth from, YearMonth to) {
        List<ChannelMonth> result = new ArrayList<>();
        for (Object[] pair : channelSums.findWithVersion(ReviewStatus.ACCEPTED, from.atDay(1), to.atDay(1))) {
            ChannelSumEntity sum = (ChannelSumEntity) pair[0];
            ReportVersionEntity version = (ReportVersionEntity) pair[1];
            result.add(new ChannelMonth(
                    version.engagementId(),
                    version.id(),
                    YearMonth.from(version.reportMonth()),
                    sum.channelId(),
                    sum.sums()));
        }
        return result;
    }

    /** The scorecards, open flags and late months of the company's engagements (four queries in all). */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public Overview overview() {
        MembershipInfo membership = currentUser.requireMembership();
        LocalDate today = LocalDate.now(clock.withZone(membership.zoneId()));
        List<EngagementService.EngagementView> list = engagements.engagements();
        if (list.isEmpty()) {
            return new Overview(List.of(), List.of(), List.of(), List.of());
        }
        List<Long> ids = list.stream().map(EngagementService.EngagementView::id).toList();
        List<ReportVersionEntity> all = versions.findByEngagementIdInOrderByReportMonthDescVersionNumberDesc(ids);
        Map<Long, List<ReportVersionEntity>> byEngagement =
                all.stream().collect(Collectors.groupingBy(ReportVersionEntity::engagementId));
        Map<Long, List<FlagEntity>> flagsByVersion = all.isEmpty()
                ? Map.of()
                : flags
                        .findByReportVersionIdIn(
                                all.stream().map(ReportVersionEntity::id).toList())
                        .stream()
                        .collect(Collectors.groupingBy(FlagEntity::reportVersionId));
        Map<Long, List<RatingEntity>> ratingsById = ratings.findByEngagementIdInOrderByQuarterDesc(ids).stream()
                .collect(Collectors.groupingBy(RatingEntity::engagementId));
        List<Summary> summaries = new ArrayList<>();
        List<OpenFlags> open = new ArrayList<>();
        List<LateMonth> late = new ArrayList<>();
        List<OpenFlags> waiting = new ArrayList<>();
        for (EngagementService.EngagementView e : list) {
            List<ReportVersionEntity> own = byEngagement.getOrDefault(e.id(), List.of());
            Map<LocalDate, List<ReportVersionEntity>> byMonth =
                    own.stream().collect(Collectors.groupingBy(ReportVersionEntity::reportMonth));
            int due = 0;
            int onTime = 0;
            for (YearMonth month : ReportCalendar.months(e.start(), e.end(), today)) {
                List<ReportVersionEntity> monthVersions = byMonth.getOrDefault(month.atDay(1), List.of());
                Instant first = monthVersions.isEmpty()
                        ? null
                        : monthVersions.get(monthVersions.size() - 1).uploadedAt();
                boolean isLate = ReportCalendar.late(month, e.dueDay(), first, today, membership.zoneId());
                if (isLate || first != null) {
                    due++;
                    onTime += isLate ? 0 : 1;
                }
                if (isLate && first == null) {
                    late.add(new LateMonth(
                            e.id(), e.title(), e.agencyName(), month, ReportCalendar.due(month, e.dueDay())));
                }
                if (!monthVersions.isEmpty()) {
                    ReportVersionEntity latest = monthVersions.get(0);
                    int openCount = ReviewService.openCount(flagsByVersion.getOrDefault(latest.id(), List.of()));
                    OpenFlags ref = new OpenFlags(e.id(), e.title(), e.agencyName(), month, latest.id(), openCount);
                    if (openCount > 0 && latest.status() != ReviewStatus.ACCEPTED) {
                        open.add(ref);
                    }
                    if (latest.status() == ReviewStatus.SUBMITTED) {
                        waiting.add(ref);
                    }
                }
            }
            summaries.add(summary(e, own, flagsByVersion, ratingsById.getOrDefault(e.id(), List.of()), due, onTime));
        }
        open.sort(Comparator.comparing(OpenFlags::month).reversed());
        late.sort(Comparator.comparing(LateMonth::month));
        waiting.sort(Comparator.comparing(OpenFlags::month));
        return new Overview(summaries, open, late, waiting);
    }

    private static Summary summary(
            EngagementService.EngagementView e,
            List<ReportVersionEntity> own,
            Map<Long, List<FlagEntity>> flagsByVersion,
            List<RatingEntity> rated,
            int due,
            int onTime) {
        int flagCount = 0;
        int upheld = 0;
        int dismissed = 0;
        int accepted = 0;
        int rejected = 0;
        BigDecimal spend = BigDecimal.ZERO;
        List<BigDecimal> attainments = new ArrayList<>();
        for (ReportVersionEntity v : own) {
            for (FlagEntity f : flagsByVersion.getOrDefault(v.id(), List.of())) {
                flagCount++;
                upheld += f.state() == FlagState.RESOLVED ? 1 : 0;
                dismissed += f.state() == FlagState.DISMISSED ? 1 : 0;
            }
            if (v.status() == ReviewStatus.REJECTED) {
                rejected++;
            }
            if (v.status() == ReviewStatus.ACCEPTED) {
                accepted++;
                EngagementKpi.Sums sums = ReportService.kpiSums(v);
                if (sums.cost() != null) {
                    spend = spend.add(sums.cost());
                }
                YearMonth month = YearMonth.from(v.reportMonth());
                for (EngagementService.Target t : e.targets()) {
                    if (t.month() == null || t.month().equals(month)) {
                        BigDecimal a = t.kpi().attainment(t.kpi().of(sums), t.target());
                        if (a != null) {
                            attainments.add(a);
                        }
                    }
                }
            }
        }
        BigDecimal rating =
                rated.isEmpty() ? null : ScorecardService.rating(rated.get(0)).average();
        return new Summary(
                e.id(),
                e.title(),
                e.agencyName(),
                due,
                onTime,
                due == 0 ? null : BigDecimal.valueOf(onTime).divide(BigDecimal.valueOf(due), 4, RoundingMode.HALF_UP),
                ScorecardService.mean(attainments),
                own.size(),
                flagCount,
                upheld,
                dismissed,
                accepted,
                rejected,
                rating,
                spend);
    }
}
