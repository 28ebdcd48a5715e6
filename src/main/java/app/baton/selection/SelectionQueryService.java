package app.baton.selection;

import app.baton.insights.GoalQueryService;
import app.baton.insights.TrendKpi;
import app.baton.reports.EngagementKpi;
import app.baton.reports.EngagementQueryService;
import app.baton.reports.EngagementView;
import app.baton.reports.ScorecardService;
import app.baton.security.AccountDirectory;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipInfo;
import app.baton.security.MembershipRole;
import app.baton.selection.internal.CandidateEntity;
import app.baton.selection.internal.CandidateRepository;
import app.baton.selection.internal.ProposalEntity;
import app.baton.selection.internal.ProposalRepository;
import app.baton.selection.internal.RoundEntity;
import app.baton.selection.internal.RoundRepository;
import app.baton.selection.internal.ScoreEntity;
import app.baton.selection.internal.ScoreRepository;
import app.baton.shared.DomainException;
import app.baton.tenancy.MembershipService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a person may see of selection rounds: the family sees every round with every candidate, proposal and score
 * (another's scores of a candidate only once they have scored it themselves, so each judges on their own first); an
 * agency's people see only the rounds their agency is a candidate in, with their own proposal and nothing of the
 * others'.
 */
@Service
public class SelectionQueryService {

    private final RoundRepository rounds;
    private final CandidateRepository candidates;
    private final ProposalRepository proposals;
    private final ScoreRepository scores;
    private final MembershipService memberships;
    private final AccountDirectory accounts;
    private final EngagementQueryService engagements;
    private final ScorecardService scorecards;
    private final GoalQueryService goals;
    private final CurrentUser currentUser;
    private final Clock clock;

    SelectionQueryService(
            RoundRepository rounds,
            CandidateRepository candidates,
            ProposalRepository proposals,
            ScoreRepository scores,
            MembershipService memberships,
            AccountDirectory accounts,
            EngagementQueryService engagements,
            ScorecardService scorecards,
            GoalQueryService goals,
            CurrentUser currentUser,
            Clock clock) {
        this.rounds = rounds;
        this.candidates = candidates;
        this.proposals = proposals;
        this.scores = scores;
        this.memberships = memberships;
        this.accounts = accounts;
        this.engagements = engagements;
        this.scorecards = scorecards;
        this.goals = goals;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The rounds the reader may see, newest first. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR','VENDOR')")
    @Transactional(readOnly = true)
    public List<RoundSummary> rounds() {
        MembershipInfo membership = currentUser.requireMembership();
        LocalDate today = today(membership);
        if (membership.role() == MembershipRole.VENDOR) {
            Map<Long, CandidateEntity> mine =
                    candidates.findByAgencyId(Objects.requireNonNull(membership.vendorOrganisationId())).stream()
                            .collect(Collectors.toMap(CandidateEntity::roundId, Function.identity()));
            return rounds.findByIdInOrderByCreatedAtDesc(mine.keySet()).stream()
                    .map(r -> summary(
                            r, today, 1, mine.get(r.id()).state() == CandidateState.INVITED ? 0 : 1, mine.get(r.id())))
                    .toList();
        }
        List<RoundEntity> all = rounds.findAllByOrderByCreatedAtDesc();
        Map<Long, List<CandidateEntity>> byRound =
                candidates.findAll().stream().collect(Collectors.groupingBy(CandidateEntity::roundId));
        return all.stream()
                .map(r -> {
                    List<CandidateEntity> own = byRound.getOrDefault(r.id(), List.of());
                    int proposed = (int) own.stream()
                            .filter(c -> c.state() != CandidateState.INVITED)
                            .count();
                    return summary(r, today, own.size(), proposed, null);
                })
                .toList();
    }

    private static RoundSummary summary(
            RoundEntity r, LocalDate today, int candidates, int proposals, @Nullable CandidateEntity mine) {
        return new RoundSummary(
                r.id(),
                r.title(),
                r.termStart(),
                r.termEnd(),
                r.deadline(),
                r.state(),
                today.isAfter(r.deadline()),
                candidates,
                proposals,
                mine == null ? null : mine.state());
    }

    /** One round as the reader may see it; a round the reader may not see is not found. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR','VENDOR')")
    @Transactional(readOnly = true)
    public RoundDetail round(long roundId) {
        MembershipInfo membership = currentUser.requireMembership();
        RoundEntity round = visibleRound(roundId);
        boolean agency = membership.role() == MembershipRole.VENDOR;
        List<CandidateEntity> shown = candidates.findByRoundIdOrderByAddedAtAscIdAsc(roundId).stream()
                .filter(c -> !agency || c.agencyId() == membership.vendorOrganisationId())
                .toList();
        List<Long> ids = shown.stream().map(CandidateEntity::id).toList();
        int months =
                (int) ChronoUnit.MONTHS.between(YearMonth.from(round.termStart()), YearMonth.from(round.termEnd())) + 1;
        Map<Long, ProposalEntity> proposalOf = proposals.findByCandidateIdIn(ids).stream()
                .collect(Collectors.toMap(ProposalEntity::candidateId, Function.identity()));
        Map<Long, String> agencyNames = memberships.agencyNames(
                shown.stream().map(CandidateEntity::agencyId).toList());
        Map<Long, List<ScoreEntity>> scoresOf = agency
                ? Map.of()
                : scores.findByCandidateIdIn(ids).stream().collect(Collectors.groupingBy(ScoreEntity::candidateId));
        Map<Long, String> scorers = accounts.displayNames(scoresOf.values().stream()
                .flatMap(List::stream)
                .map(ScoreEntity::scorerUserId)
                .collect(Collectors.toSet()));
        Map<Long, List<EngagementView>> pastOf = agency
                ? Map.of()
                : engagements.engagements().stream().collect(Collectors.groupingBy(EngagementView::agencyId));
        long me = membership.userId();
        boolean decided = round.state() == RoundState.DECIDED;
        List<CandidateView> views = new ArrayList<>();
        for (CandidateEntity c : shown) {
            ProposalEntity p = proposalOf.get(c.id());
            List<ScoreEntity> all = scoresOf.getOrDefault(c.id(), List.of());
            boolean scoredByMe = all.stream().anyMatch(s -> s.scorerUserId() == me);
            List<ScoreView> visible = all.stream()
                    .filter(s -> decided || scoredByMe || s.scorerUserId() == me)
                    .map(s -> new ScoreView(
                            s.scorerUserId(),
                            scorers.getOrDefault(s.scorerUserId(), "?"),
                            s.scorerUserId() == me,
                            s.expertise(),
                            s.pastPerformance(),
                            s.communication(),
                            s.flexibility(),
                            s.transparency(),
                            s.note()))
                    .toList();
            views.add(new CandidateView(
                    c.id(),
                    c.agencyId(),
                    agencyNames.getOrDefault(c.agencyId(), "?"),
                    c.state(),
                    p == null ? null : proposal(p, months),
                    visible,
                    all.size() - visible.size(),
                    past(pastOf.getOrDefault(c.agencyId(), List.of()))));
        }
        return new RoundDetail(
                round.id(),
                round.title(),
                round.need(),
                round.channelIds(),
                round.termStart(),
                round.termEnd(),
                round.deadline(),
                months,
                round.state(),
                today(membership).isAfter(round.deadline()),
                agency ? null : round.engagementId(),
                views,
                agency ? Map.of() : goals(YearMonth.from(round.termStart())));
    }

    /** Total cost of ownership over the term: (fee + media) × months + set-up. */
    static BigDecimal totalCost(BigDecimal fee, BigDecimal media, BigDecimal setup, int months) {
        return fee.add(media).multiply(BigDecimal.valueOf(months)).add(setup);
    }

    private static ProposalView proposal(ProposalEntity p, int months) {
        return new ProposalView(
                p.plan(),
                p.channelIds(),
                p.deliverables(),
                p.monthlyFee(),
                p.mediaBudget(),
                p.setupFee(),
                totalCost(p.monthlyFee(), p.mediaBudget(), p.setupFee(), months),
                p.targets(),
                p.references(),
                p.sampleReport(),
                p.submittedAt());
    }

    private @Nullable PastRecord past(List<EngagementView> engagementsOfAgency) {
        if (engagementsOfAgency.isEmpty()) {
            return null;
        }
        int reports = 0;
        int flags = 0;
        int due = 0;
        int onTime = 0;
        List<BigDecimal> attainments = new ArrayList<>();
        for (EngagementView e : engagementsOfAgency) {
            ScorecardService.Scorecard card = scorecards.scorecard(e.id());
            reports += card.reports();
            flags += card.flags();
            due += card.monthsDue();
            onTime += card.onTime();
            if (card.kpiAttainment() != null) {
                attainments.add(card.kpiAttainment());
            }
        }
        return new PastRecord(
                engagementsOfAgency.size(),
                reports,
                flags,
                reports == 0
                        ? null
                        : BigDecimal.valueOf(flags).divide(BigDecimal.valueOf(reports), 1, RoundingMode.HALF_UP),
                due == 0 ? null : BigDecimal.valueOf(onTime).divide(BigDecimal.valueOf(due), 4, RoundingMode.HALF_UP),
                attainments.isEmpty()
                        ? null
                        : attainments.stream()
                                .reduce(BigDecimal.ZERO, BigDecimal::add)
                                .divide(BigDecimal.valueOf(attainments.size()), 4, RoundingMode.HALF_UP));
    }

    /** The company's agreed targets for a month, for the KPIs a proposal can commit to. */
    private Map<EngagementKpi, BigDecimal> goals(YearMonth month) {
        Map<TrendKpi, BigDecimal> agreed = goals.targetsFor(month);
        Map<EngagementKpi, BigDecimal> comparable = new EnumMap<>(EngagementKpi.class);
        for (EngagementKpi kpi : List.of(EngagementKpi.ROAS, EngagementKpi.CAC, EngagementKpi.CPA, EngagementKpi.CR)) {
            BigDecimal target = agreed.get(TrendKpi.valueOf(kpi.name()));
            if (target != null) {
                comparable.put(kpi, target);
            }
        }
        return comparable;
    }

    /**
     * A round of the current company the reader may see (an agency's people: only a round their agency is a
     * candidate in); otherwise {@code selection.notFound}, the same for a round that does not exist.
     */
    RoundEntity visibleRound(long roundId) {
        MembershipInfo membership = currentUser.requireMembership();
        RoundEntity round = rounds.findById(roundId).orElseThrow(() -> new DomainException("selection.notFound"));
        if (membership.role() == MembershipRole.VENDOR
                && candidates
                        .findByRoundIdAndAgencyId(roundId, Objects.requireNonNull(membership.vendorOrganisationId()))
                        .isEmpty()) {
            throw new DomainException("selection.notFound");
        }
        return round;
    }

    private LocalDate today(MembershipInfo membership) {
        return LocalDate.now(clock.withZone(membership.zoneId()));
    }
}
