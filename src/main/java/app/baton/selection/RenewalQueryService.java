package app.baton.selection;

import app.baton.budgets.ChannelService;
import app.baton.reports.EngagementQueryService;
import app.baton.reports.EngagementView;
import app.baton.reports.ReportFigures;
import app.baton.reports.ScorecardService;
import app.baton.sales.SalesMonths;
import app.baton.sales.SalesQueryService;
import app.baton.security.AccountDirectory;
import app.baton.security.CurrentUser;
import app.baton.selection.internal.RenewalEntity;
import app.baton.selection.internal.RenewalRepository;
import app.baton.shared.DomainException;
import app.baton.shared.ids.EngagementId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The renewal review (issue 19): from {@value #DAYS_BEFORE} days before an engagement's term ends, the family sees
 * its scorecard, what it cost, the cost per verified order and the five-criteria ratings over time, and decides.
 */
@Service
public class RenewalQueryService {

    /** How long before the end of a term the review opens. */
    public static final int DAYS_BEFORE = app.baton.reports.ReportReminders.RENEWAL_DAYS;

    private final EngagementQueryService engagements;
    private final ScorecardService scorecards;
    private final ReportFigures figures;
    private final SalesQueryService sales;
    private final ChannelService channels;
    private final RenewalRepository renewals;
    private final AccountDirectory accounts;
    private final CurrentUser currentUser;
    private final Clock clock;

    RenewalQueryService(
            EngagementQueryService engagements,
            ScorecardService scorecards,
            ReportFigures figures,
            SalesQueryService sales,
            ChannelService channels,
            RenewalRepository renewals,
            AccountDirectory accounts,
            CurrentUser currentUser,
            Clock clock) {
        this.engagements = engagements;
        this.scorecards = scorecards;
        this.figures = figures;
        this.sales = sales;
        this.channels = channels;
        this.renewals = renewals;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The engagements whose term ends within the review window and that have no decision yet, soonest first. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public List<RenewalReview.Due> due() {
        LocalDate today = today();
        Set<String> decided = renewals.findAll().stream()
                .map(r -> r.engagementId() + "/" + r.termEnd())
                .collect(Collectors.toSet());
        return engagements.engagements().stream()
                .filter(e -> inWindow(e.end(), today))
                .filter(e -> !decided.contains(e.id() + "/" + e.end()))
                .sorted(java.util.Comparator.comparing(EngagementView::end))
                .map(e -> new RenewalReview.Due(
                        e.id(), e.title(), e.agencyName(), e.end(), ChronoUnit.DAYS.between(today, e.end())))
                .toList();
    }

    static boolean inWindow(LocalDate end, LocalDate today) {
        return !today.isAfter(end) && !today.isBefore(end.minusDays(DAYS_BEFORE));
    }

    /** The review of one engagement of the company; refused before its window ({@code renewal.notYet}). */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public RenewalReview review(long engagementId) {
        EngagementView e = engagements.engagement(new EngagementId(engagementId));
        LocalDate today = today();
        RenewalEntity decided =
                renewals.findByEngagementIdAndTermEnd(e.id(), e.end()).orElse(null);
        if (decided == null && !inWindow(e.end(), today)) {
            throw new DomainException("renewal.notYet", e.end());
        }
        int monthsRun = RenewalReview.monthsRun(e.start(), e.end(), today);
        YearMonth from = YearMonth.from(e.start());
        YearMonth to = YearMonth.from(today.isBefore(e.end()) ? today : e.end());
        // each month at the fee in force then
        BigDecimal fees = BigDecimal.ZERO;
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            fees = fees.add(e.feeIn(m));
        }
        List<ReportFigures.ChannelMonth> accepted = to.isBefore(from)
                ? List.of()
                : figures.accepted(from, to).stream()
                        .filter(cm -> cm.engagementId() == e.id())
                        .toList();
        BigDecimal media = accepted.stream()
                .map(cm ->
                        cm.sums().cost() == null ? BigDecimal.ZERO : cm.sums().cost())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        Integer orders = accepted.isEmpty() ? null : verifiedOrders(e, accepted, from, to);
        BigDecimal total = fees.add(media);
        return new RenewalReview(
                e,
                ChronoUnit.DAYS.between(today, e.end()),
                scorecards.scorecard(e.id()),
                monthsRun,
                fees,
                media,
                orders,
                orders == null || orders == 0
                        ? null
                        : total.divide(BigDecimal.valueOf(orders), 2, RoundingMode.HALF_UP),
                decided == null ? null : decision(decided));
    }

    /**
     * The orders the company's sales attribute (UTM or coupon) to the engagement's channels in the months its accepted
     * reports cover, where the month's sales are complete; {@code null} when no such month has attribution.
     */
    private @Nullable Integer verifiedOrders(
            EngagementView e, List<ReportFigures.ChannelMonth> accepted, YearMonth from, YearMonth to) {
        SalesMonths truth = sales.compare(from, to);
        Set<YearMonth> reported = new HashSet<>();
        accepted.forEach(cm -> reported.add(cm.month()));
        return truth.attributedOrders(
                reported,
                channels.channels(e.channelIds()).stream()
                        .map(ChannelService.ChannelView::key)
                        .toList());
    }

    private RenewalReview.Decision decision(RenewalEntity r) {
        return new RenewalReview.Decision(
                r.choice(),
                r.note(),
                accounts.displayNames(List.of(r.decidedByUserId())).getOrDefault(r.decidedByUserId(), "?"),
                r.decidedAt(),
                r.roundId(),
                r.termsNumber());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(currentUser.requireMembership().zoneId()));
    }
}
