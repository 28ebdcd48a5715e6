package app.baton.reports;

import app.baton.reports.internal.AcceptedSums;
import app.baton.reports.internal.ChannelSumFigures;
import app.baton.reports.internal.ChannelSumRepository;
import app.baton.reports.internal.FlagCount;
import app.baton.reports.internal.FlagRepository;
import app.baton.reports.internal.MonthHistory;
import app.baton.reports.internal.MonthState;
import app.baton.reports.internal.RatingEntity;
import app.baton.reports.internal.RatingRepository;
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
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
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

    private final EngagementQueryService engagements;
    private final ReportVersionRepository versions;
    private final ChannelSumRepository channelSums;
    private final FlagRepository flags;
    private final RatingRepository ratings;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Reconciliation reconciliation;
    private final CompanyMonths months;

    ReportFigures(
            EngagementQueryService engagements,
            ReportVersionRepository versions,
            ChannelSumRepository channelSums,
            FlagRepository flags,
            RatingRepository ratings,
            CurrentUser currentUser,
            Clock clock,
            Reconciliation reconciliation,
            CompanyMonths months) {
        this.months = months;
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
        for (ChannelSumFigures sum : channelSums.figuresWithStatus(ReviewStatus.ACCEPTED, from.atDay(1), to.atDay(1))) {
            result.add(new ChannelMonth(
                    sum.engagementId(),
                    sum.versionId(),
                    YearMonth.from(sum.reportMonth()),
                    sum.channelId(),
                    sum.sums()));
        }
        return result;
    }

    /**
     * The scorecards, open flags and late months of the company's engagements, in a fixed number of queries that
     * count and add up in the database: no version's file names, definitions or campaigns are read, however many
     * versions an agency sent (decision 017).
     */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public Overview overview() {
        MembershipInfo membership = currentUser.requireMembership();
        LocalDate today = LocalDate.now(clock.withZone(membership.zoneId()));
        List<EngagementView> list = engagements.engagements();
        if (list.isEmpty()) {
            return new Overview(List.of(), List.of(), List.of(), List.of());
        }
        // the company's own people see every engagement of the company: its reads need no list of ids
        Map<Long, Map<LocalDate, MonthHistory>> histories = new HashMap<>();
        for (MonthHistory h : versions.monthHistoriesOfCompany(ReviewStatus.REJECTED)) {
            histories.computeIfAbsent(h.engagementId(), k -> new HashMap<>()).put(h.reportMonth(), h);
        }
        Map<Long, Map<LocalDate, MonthState>> latest = new HashMap<>();
        for (MonthState m : months.latest()) {
            latest.computeIfAbsent(m.engagementId(), k -> new HashMap<>()).put(m.reportMonth(), m);
        }
        Map<Long, Long> openByVersion = months.openFlags();
        Map<Long, List<FlagCount>> flagCounts =
                flags.countsByEngagementOfCompany().stream().collect(Collectors.groupingBy(FlagCount::engagementId));
        Map<Long, List<AcceptedSums>> acceptedSums = versions.sumsOfCompany(ReviewStatus.ACCEPTED).stream()
                .collect(Collectors.groupingBy(AcceptedSums::engagementId));
        Map<Long, List<RatingEntity>> ratingsById = ratings.findAllByOrderByQuarterDesc().stream()
                .collect(Collectors.groupingBy(RatingEntity::engagementId));
        List<Summary> summaries = new ArrayList<>();
        List<OpenFlags> open = new ArrayList<>();
        List<LateMonth> late = new ArrayList<>();
        List<OpenFlags> waiting = new ArrayList<>();
        for (EngagementView e : list) {
            Map<LocalDate, MonthHistory> history = histories.getOrDefault(e.id(), Map.of());
            Map<LocalDate, MonthState> latestOfMonth = latest.getOrDefault(e.id(), Map.of());
            int due = 0;
            int onTime = 0;
            for (YearMonth month : ReportCalendar.months(e.start(), e.end(), today)) {
                MonthHistory h = history.get(month.atDay(1));
                Instant first = h == null ? null : h.firstUploadedAt();
                boolean isLate = ReportCalendar.late(month, e.dueDay(), first, today, membership.zoneId());
                if (isLate || first != null) {
                    due++;
                    onTime += isLate ? 0 : 1;
                }
                if (isLate && first == null) {
                    late.add(new LateMonth(
                            e.id(), e.title(), e.agencyName(), month, ReportCalendar.due(month, e.dueDay())));
                }
                MonthState newest = latestOfMonth.get(month.atDay(1));
                if (newest != null) {
                    int openCount =
                            openByVersion.getOrDefault(newest.versionId(), 0L).intValue();
                    OpenFlags ref =
                            new OpenFlags(e.id(), e.title(), e.agencyName(), month, newest.versionId(), openCount);
                    if (openCount > 0 && newest.status() != ReviewStatus.ACCEPTED) {
                        open.add(ref);
                    }
                    if (newest.status() == ReviewStatus.SUBMITTED) {
                        waiting.add(ref);
                    }
                }
            }
            summaries.add(summary(
                    e,
                    history.values(),
                    flagCounts.getOrDefault(e.id(), List.of()),
                    acceptedSums.getOrDefault(e.id(), List.of()),
                    ratingsById.getOrDefault(e.id(), List.of()),
                    due,
                    onTime));
        }
        open.sort(Comparator.comparing(OpenFlags::month).reversed());
        late.sort(Comparator.comparing(LateMonth::month));
        waiting.sort(Comparator.comparing(OpenFlags::month));
        return new Overview(summaries, open, late, waiting);
    }

    private static Summary summary(
            EngagementView e,
            Collection<MonthHistory> history,
            List<FlagCount> flagCounts,
            List<AcceptedSums> acceptedVersions,
            List<RatingEntity> rated,
            int due,
            int onTime) {
        long reports = 0;
        long rejected = 0;
        for (MonthHistory h : history) {
            reports += h.versions();
            rejected += h.rejected();
        }
        long flagCount = 0;
        long upheld = 0;
        long dismissed = 0;
        for (FlagCount f : flagCounts) {
            flagCount += f.count();
            upheld += f.state() == FlagState.RESOLVED ? f.count() : 0;
            dismissed += f.state() == FlagState.DISMISSED ? f.count() : 0;
        }
        BigDecimal spend = BigDecimal.ZERO;
        List<BigDecimal> attainments = new ArrayList<>();
        for (AcceptedSums v : acceptedVersions) {
            EngagementKpi.Sums sums = v.sums();
            if (sums.cost() != null) {
                spend = spend.add(sums.cost());
            }
            YearMonth month = YearMonth.from(v.reportMonth());
            // each month against the targets in force then
            for (EngagementTarget t : e.targetsIn(month)) {
                if (t.month() == null || t.month().equals(month)) {
                    BigDecimal a = t.kpi().attainment(t.kpi().of(sums), t.target());
                    if (a != null) {
                        attainments.add(a);
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
                (int) reports,
                (int) flagCount,
                (int) upheld,
                (int) dismissed,
                acceptedVersions.size(),
                (int) rejected,
                rating,
                spend);
    }
}
