package app.baton.reports;

import app.baton.reports.ReportEvents.EngagementAction;
import app.baton.reports.internal.EngagementEntity;
import app.baton.reports.internal.FlagEntity;
import app.baton.reports.internal.RatingEntity;
import app.baton.reports.internal.RatingRepository;
import app.baton.reports.internal.ReportVersionEntity;
import app.baton.reports.internal.ReportVersionRepository;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipInfo;
import app.baton.shared.validation.CommandCheck;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vendor scorecard of an engagement: on-time rate, KPI attainment of accepted months, flags per report and
 * how many were upheld, review outcomes, and the founders' quarterly 1–5 ratings on the five criteria of the
 * domain material (expertise fit, past performance, communication, flexibility, transparency).
 */
@Service
public class ScorecardService {

    private static final String QUARTER = "\\d{4}-Q[1-4]";

    private final EngagementQueryService engagements;
    private final ReportVersionQueryService reviews;
    private final ReportVersionRepository versions;
    private final RatingRepository ratings;
    private final app.baton.reports.internal.MissRepository misses;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CommandCheck check;

    ScorecardService(
            EngagementQueryService engagements,
            ReportVersionQueryService reviews,
            ReportVersionRepository versions,
            RatingRepository ratings,
            app.baton.reports.internal.MissRepository misses,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock,
            CommandCheck check) {
        this.check = check;
        this.misses = misses;
        this.engagements = engagements;
        this.reviews = reviews;
        this.versions = versions;
        this.ratings = ratings;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** One quarter's ratings, 1–5 each; the rating form checks the same constraints as the founder types. */
    public record Rating(
            @NotNull(message = "rating.quarter") @Pattern(regexp = QUARTER, message = "rating.quarter")
            String quarter,

            @Min(value = 1, message = "rating.range") @Max(value = 5, message = "rating.range")
            int expertise,

            @Min(value = 1, message = "rating.range") @Max(value = 5, message = "rating.range")
            int pastPerformance,

            @Min(value = 1, message = "rating.range") @Max(value = 5, message = "rating.range")
            int communication,

            @Min(value = 1, message = "rating.range") @Max(value = 5, message = "rating.range")
            int flexibility,

            @Min(value = 1, message = "rating.range") @Max(value = 5, message = "rating.range")
            int transparency) {

        public BigDecimal average() {
            return BigDecimal.valueOf(expertise + pastPerformance + communication + flexibility + transparency)
                    .divide(BigDecimal.valueOf(5), 1, RoundingMode.HALF_UP);
        }
    }

    /** The figures of a scorecard; a share is {@code null} when there is nothing to divide by. */
    public record Scorecard(
            int monthsDue,
            int onTime,
            @Nullable BigDecimal onTimeRate,
            @Nullable BigDecimal kpiAttainment,
            int reports,
            int flags,
            @Nullable BigDecimal flagsPerReport,
            int upheld,
            int dismissed,
            Map<ReviewStatus, Integer> outcomes,
            List<Rating> ratings,
            List<YearMonth> targetChanges,
            int missed,
            Map<MissCause, Integer> attributedMisses) {

        /** Misses no cause was agreed for. */
        public int unattributedMisses() {
            return missed
                    - attributedMisses.values().stream()
                            .mapToInt(Integer::intValue)
                            .sum();
        }
    }

    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR','VENDOR')")
    @Transactional(readOnly = true)
    public Scorecard scorecard(long engagementId) {
        EngagementEntity engagement = engagements.visible(engagementId);
        List<MonthRow> months = reviews.months(engagementId);
        int due = 0;
        int onTime = 0;
        for (MonthRow m : months) {
            boolean isDue = m.late() || m.versions() > 0;
            if (isDue) {
                due++;
                if (!m.late() && !m.submittedLate()) {
                    onTime++;
                }
            }
        }
        List<ReportVersionEntity> all =
                versions.findByEngagementIdOrderByReportMonthDescVersionNumberDesc(engagementId);
        Map<Long, List<FlagEntity>> flags = reviews.flagsOf(all);
        int flagCount = 0;
        int upheld = 0;
        int dismissed = 0;
        Map<ReviewStatus, Integer> outcomes = new EnumMap<>(ReviewStatus.class);
        List<BigDecimal> attainments = new ArrayList<>();
        java.util.Set<String> missedKeys = new java.util.HashSet<>();
        var targets = engagements.targetsOf(engagementId);
        for (ReportVersionEntity v : all) {
            List<FlagEntity> own = flags.getOrDefault(v.id(), List.of());
            flagCount += own.size();
            upheld += (int)
                    own.stream().filter(f -> f.state() == FlagState.RESOLVED).count();
            dismissed += (int)
                    own.stream().filter(f -> f.state() == FlagState.DISMISSED).count();
            if (v.status() != ReviewStatus.SUBMITTED) {
                outcomes.merge(v.status(), 1, Integer::sum);
            }
            if (v.status() == ReviewStatus.ACCEPTED) {
                YearMonth month = YearMonth.from(v.reportMonth());
                for (Attainment a : ReportVersionQueryService.attainment(targets, month, ReportHistory.kpiSums(v))) {
                    if (a.attainment() == null) {
                        continue;
                    }
                    attainments.add(a.attainment());
                    if (a.attainment().compareTo(java.math.BigDecimal.ONE) < 0) {
                        missedKeys.add(month + "/" + a.kpi() + "/" + (a.stageMonth() != null));
                    }
                }
            }
        }
        return new Scorecard(
                due,
                onTime,
                share(onTime, due),
                mean(attainments),
                all.size(),
                flagCount,
                all.isEmpty()
                        ? null
                        : BigDecimal.valueOf(flagCount).divide(BigDecimal.valueOf(all.size()), 1, RoundingMode.HALF_UP),
                upheld,
                dismissed,
                outcomes,
                ratings.findByEngagementIdOrderByQuarterDesc(engagement.id()).stream()
                        .map(ScorecardService::rating)
                        .toList(),
                // the months from which changed targets hold: the months before stay judged on the old ones
                targets.stream()
                        .map(app.baton.reports.internal.KpiTargetEntity::inForceFrom)
                        .filter(Objects::nonNull)
                        .distinct()
                        .sorted()
                        .toList(),
                missedKeys.size(),
                attributed(engagementId, missedKeys));
    }

    /** The agreed causes of the misses the accepted reports show, counted by cause (issue 19). */
    private Map<MissCause, Integer> attributed(long engagementId, java.util.Set<String> missedKeys) {
        Map<MissCause, Integer> byCause = new EnumMap<>(MissCause.class);
        for (var m : misses.findByEngagementIdOrderByReportMonthAsc(engagementId)) {
            if (m.agreed() && missedKeys.contains(YearMonth.from(m.reportMonth()) + "/" + m.kpi() + "/" + m.stage())) {
                byCause.merge(m.cause(), 1, Integer::sum);
            }
        }
        return byCause;
    }

    static Rating rating(RatingEntity r) {
        return new Rating(
                r.quarter(), r.expertise(), r.pastPerformance(), r.communication(), r.flexibility(), r.transparency());
    }

    /** The mean of the attainments (four decimals), or {@code null} when there is none. */
    static @Nullable BigDecimal mean(List<BigDecimal> values) {
        return values.isEmpty()
                ? null
                : values.stream()
                        .reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(values.size()), 4, RoundingMode.HALF_UP);
    }

    /** A founder rates an engagement for a quarter ({@code 2026-Q4}); rating the same quarter again replaces it. */
    @PreAuthorize("hasRole('FOUNDER')")
    @Transactional
    public void rate(long engagementId, Rating rating) {
        EngagementEntity engagement = engagements.visible(engagementId);
        check.check(rating);
        long me = currentUser.require().userId();
        RatingEntity existing = ratings.findByEngagementIdAndQuarter(engagementId, rating.quarter())
                .orElse(null);
        if (existing == null) {
            ratings.save(new RatingEntity(
                    engagementId,
                    rating.quarter(),
                    rating.expertise(),
                    rating.pastPerformance(),
                    rating.communication(),
                    rating.flexibility(),
                    rating.transparency(),
                    me,
                    clock.instant()));
        } else {
            existing.update(
                    rating.expertise(),
                    rating.pastPerformance(),
                    rating.communication(),
                    rating.flexibility(),
                    rating.transparency(),
                    me,
                    clock.instant());
        }
        MembershipInfo membership = currentUser.requireMembership();
        events.publishEvent(new ReportEvents.EngagementChanged(
                membership.tenantId(),
                me,
                membership.role().name(),
                EngagementAction.RATED,
                engagement.id(),
                engagement.title(),
                rating.quarter() + ": " + rating.expertise() + "/" + rating.pastPerformance() + "/"
                        + rating.communication() + "/" + rating.flexibility() + "/" + rating.transparency()));
    }

    private static @Nullable BigDecimal share(int part, int whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
