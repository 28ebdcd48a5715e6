package app.baton.selection;

import app.baton.budgets.ChannelService;
import app.baton.reports.ConversionKind;
import app.baton.reports.EngagementKpi;
import app.baton.reports.EngagementQueryService;
import app.baton.reports.EngagementService;
import app.baton.reports.EngagementTarget;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipInfo;
import app.baton.selection.SelectionEvents.RoundAction;
import app.baton.selection.internal.CandidateEntity;
import app.baton.selection.internal.CandidateRepository;
import app.baton.selection.internal.ProposalEntity;
import app.baton.selection.internal.ProposalRepository;
import app.baton.selection.internal.RoundEntity;
import app.baton.selection.internal.RoundRepository;
import app.baton.selection.internal.ScoreEntity;
import app.baton.selection.internal.ScoreRepository;
import app.baton.shared.DomainException;
import app.baton.shared.Money;
import app.baton.shared.TextLimits;
import app.baton.shared.validation.CommandCheck;
import app.baton.tenancy.InvitationService;
import app.baton.tenancy.MembershipService;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to selection rounds: the family opens a round and asks agencies to propose; each agency writes its own
 * proposal until the deadline; the founder and the successor score the candidates; the founder chooses one, which
 * becomes an engagement with its terms, and every candidate is told. What a person may see is {@link
 * SelectionQueryService}.
 */
@Service
public class SelectionService {

    private final RoundRepository rounds;
    private final CandidateRepository candidates;
    private final ProposalRepository proposals;
    private final ScoreRepository scores;
    private final SelectionQueryService queries;
    private final MembershipService memberships;
    private final InvitationService invitations;
    private final EngagementService engagements;
    private final EngagementQueryService engagementQueries;
    private final ChannelService channels;
    private final CurrentUser currentUser;
    private final CommandCheck check;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SelectionService(
            RoundRepository rounds,
            CandidateRepository candidates,
            ProposalRepository proposals,
            ScoreRepository scores,
            SelectionQueryService queries,
            MembershipService memberships,
            InvitationService invitations,
            EngagementService engagements,
            EngagementQueryService engagementQueries,
            ChannelService channels,
            CurrentUser currentUser,
            CommandCheck check,
            ApplicationEventPublisher events,
            Clock clock) {
        this.rounds = rounds;
        this.candidates = candidates;
        this.proposals = proposals;
        this.scores = scores;
        this.queries = queries;
        this.memberships = memberships;
        this.invitations = invitations;
        this.engagements = engagements;
        this.engagementQueries = engagementQueries;
        this.channels = channels;
        this.currentUser = currentUser;
        this.check = check;
        this.events = events;
        this.clock = clock;
    }

    /** A new round: what is needed, on which channels, for which term, proposals until the deadline (its last day). */
    public record RoundForm(
            @NotBlank(message = "selection.titleRequired")
            @Size(max = TextLimits.NAME, message = "selection.titleRequired")
            String title,

            @Size(max = TextLimits.TEXT, message = "selection.tooLong")
            String need,

            @NotEmpty(message = "selection.channelsRequired")
            Set<Long> channelIds,

            @NotNull(message = "selection.termRequired") @Nullable
            LocalDate start,

            @NotNull(message = "selection.termRequired") @Nullable
            LocalDate end,

            @NotNull(message = "selection.deadlineRequired") @Nullable
            LocalDate deadline) {}

    /**
     * What an agency proposes: its plan, the round's channels it would work on, deliverables, the monthly fee, the
     * monthly media budget, a one-off set-up fee, whole-term KPI targets it commits to (shares as fractions),
     * references and where its sample report is.
     */
    public record ProposalForm(
            @NotBlank(message = "selection.planRequired")
            @Size(max = TextLimits.LONG_TEXT, message = "selection.tooLong")
            String plan,

            @NotEmpty(message = "selection.channelsRequired")
            Set<Long> channelIds,

            @Size(max = TextLimits.TEXT, message = "selection.tooLong")
            String deliverables,

            @NotNull(message = "selection.feeRequired") @PositiveOrZero(message = "selection.negative") @Nullable
            BigDecimal monthlyFee,

            @NotNull(message = "selection.feeRequired") @PositiveOrZero(message = "selection.negative") @Nullable
            BigDecimal mediaBudget,

            @PositiveOrZero(message = "selection.negative") @Nullable
            BigDecimal setupFee,

            Map<EngagementKpi, BigDecimal> targets,

            @Size(max = TextLimits.TEXT, message = "selection.tooLong")
            String references,

            @Size(max = TextLimits.TEXT, message = "selection.tooLong")
            String sampleReport) {}

    /** One person's scores of a candidate on the five criteria (1–5) and a note. */
    public record ScoreForm(
            @Min(value = 1, message = "rating.range") @Max(value = 5, message = "rating.range")
            int expertise,

            @Min(value = 1, message = "rating.range") @Max(value = 5, message = "rating.range")
            int pastPerformance,

            @Min(value = 1, message = "rating.range") @Max(value = 5, message = "rating.range")
            int communication,

            @Min(value = 1, message = "rating.range") @Max(value = 5, message = "rating.range")
            int flexibility,

            @Min(value = 1, message = "rating.range") @Max(value = 5, message = "rating.range")
            int transparency,

            @Size(max = TextLimits.TEXT, message = "selection.tooLong")
            String note) {}

    /** Opens a round; who may manage engagements may open one. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional
    public long open(RoundForm form) {
        requireManager();
        check.check(form);
        LocalDate start = Objects.requireNonNull(form.start());
        LocalDate end = Objects.requireNonNull(form.end());
        LocalDate deadline = Objects.requireNonNull(form.deadline());
        if (end.isBefore(start)) {
            throw new DomainException("selection.termOrder");
        }
        if (deadline.isBefore(today()) || !deadline.isBefore(start)) {
            throw new DomainException("selection.deadlineInvalid");
        }
        List<Long> ids = form.channelIds().stream().sorted().toList();
        if (channels.channels(ids).size() != ids.size()) {
            throw new DomainException("selection.channelUnknown");
        }
        RoundEntity round = rounds.saveAndFlush(new RoundEntity(
                form.title().strip(), form.need().strip(), ids, start, end, deadline, me(), clock.instant()));
        publish(RoundAction.OPENED, round, "", start + ".." + end + ", deadline " + deadline, Set.of());
        return round.id();
    }

    /**
     * Asks an agency to propose: one serving the company already (by name), or a new one, whose first person is
     * invited by e-mail ({@code email}; a founder's invitation, as for an engagement). The agency's people who are
     * members are told.
     */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional
    public long invite(long roundId, String agencyName, @Nullable String email) {
        requireManager();
        RoundEntity round = open(roundId);
        if (today().isAfter(round.deadline())) {
            throw new DomainException("selection.deadlinePassed");
        }
        MembershipService.Agency agency = memberships.agencyNamed(agencyName);
        if (candidates.findByRoundIdAndAgencyId(roundId, agency.id()).isPresent()) {
            throw new DomainException("selection.alreadyCandidate", agency.name());
        }
        Set<Long> people = memberships.recipients(agency.id());
        String wanted = email == null ? "" : email.strip();
        if (people.isEmpty() && wanted.isEmpty()) {
            throw new DomainException("selection.contactRequired", agency.name());
        }
        CandidateEntity candidate =
                candidates.saveAndFlush(new CandidateEntity(roundId, agency.id(), me(), clock.instant()));
        if (!wanted.isEmpty()) {
            invitations.inviteToAgency(wanted, agency.id());
        }
        publish(RoundAction.INVITED, round, agency.name(), agency.name(), people);
        return candidate.id();
    }

    /** The agency's proposal, written or rewritten until the end of the deadline day; no other candidate sees it. */
    @PreAuthorize("hasRole('VENDOR')")
    @Transactional
    public void propose(long roundId, ProposalForm form) {
        MembershipInfo membership = currentUser.requireMembership();
        RoundEntity round = open(roundId);
        CandidateEntity candidate = candidates
                .findByRoundIdAndAgencyId(roundId, Objects.requireNonNull(membership.vendorOrganisationId()))
                .orElseThrow(() -> new DomainException("selection.notFound"));
        if (today().isAfter(round.deadline())) {
            throw new DomainException("selection.deadlinePassed");
        }
        check.check(form);
        if (!round.channelIds().containsAll(form.channelIds())) {
            throw new DomainException("selection.channelUnknown");
        }
        Map<EngagementKpi, BigDecimal> targets = new EnumMap<>(EngagementKpi.class);
        form.targets().forEach((kpi, value) -> {
            if (value.signum() <= 0) {
                throw new DomainException("selection.targetPositive");
            }
            targets.put(kpi, value);
        });
        String currency = membership.currency();
        ProposalEntity proposal =
                proposals.findByCandidateId(candidate.id()).orElseGet(() -> new ProposalEntity(candidate.id()));
        proposal.write(
                form.plan().strip(),
                form.channelIds().stream().sorted().toList(),
                form.deliverables().strip(),
                Money.exact(Objects.requireNonNull(form.monthlyFee()), currency),
                Money.exact(Objects.requireNonNull(form.mediaBudget()), currency),
                Money.exact(form.setupFee() == null ? BigDecimal.ZERO : form.setupFee(), currency),
                targets,
                form.references().strip(),
                form.sampleReport().strip(),
                membership.userId(),
                clock.instant());
        proposals.saveAndFlush(proposal);
        candidate.moveTo(CandidateState.PROPOSED);
        candidates.saveAndFlush(candidate);
        String agencyName = Objects.requireNonNullElse(membership.vendorOrganisationName(), "");
        publish(
                RoundAction.PROPOSED,
                round,
                agencyName,
                agencyName + ": fee " + Money.plain(proposal.monthlyFee()) + ", media "
                        + Money.plain(proposal.mediaBudget()) + ", set-up " + Money.plain(proposal.setupFee())
                        + ", targets " + proposal.targets(),
                memberships.recipients(null));
    }

    /** A founder's or successor's scores of a candidate with a proposal; scoring again replaces their own. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional
    public void score(long candidateId, ScoreForm form) {
        CandidateEntity candidate = candidate(candidateId);
        RoundEntity round = open(candidate.roundId());
        if (candidate.state() == CandidateState.INVITED) {
            throw new DomainException("selection.noProposalYet");
        }
        check.check(form);
        long me = me();
        ScoreEntity score = scores.findByCandidateIdAndScorerUserId(candidateId, me)
                .orElseGet(() -> new ScoreEntity(candidateId, me));
        score.score(
                form.expertise(),
                form.pastPerformance(),
                form.communication(),
                form.flexibility(),
                form.transparency(),
                form.note().strip(),
                clock.instant());
        scores.saveAndFlush(score);
        String agencyName = agencyName(candidate);
        publish(
                RoundAction.SCORED,
                round,
                agencyName,
                agencyName + ": " + form.expertise() + "/" + form.pastPerformance() + "/" + form.communication() + "/"
                        + form.flexibility() + "/" + form.transparency(),
                Set.of());
    }

    /**
     * The founder chooses a proposal, once the deadline has passed or every candidate has proposed: it becomes an
     * engagement with the proposal's channels, deliverables, fee, media budget (as the spend cap), term and committed
     * targets; the agency is told it was chosen and every other candidate, politely, that it was not.
     *
     * @return the new engagement's id
     */
    @PreAuthorize("hasRole('FOUNDER')")
    @Transactional
    public long choose(long candidateId) {
        CandidateEntity chosen = candidate(candidateId);
        RoundEntity round = open(chosen.roundId());
        List<CandidateEntity> all = candidates.findByRoundIdOrderByAddedAtAscIdAsc(round.id());
        boolean everyoneProposed = all.stream().allMatch(c -> c.state() == CandidateState.PROPOSED);
        if (!today().isAfter(round.deadline()) && !everyoneProposed) {
            throw new DomainException("selection.stillOpen", round.deadline());
        }
        ProposalEntity proposal = proposals
                .findByCandidateId(candidateId)
                .orElseThrow(() -> new DomainException("selection.noProposalYet"));
        String agencyName = agencyName(chosen);
        long engagementId = engagements
                .create(new EngagementService.Form(
                        agencyName,
                        round.title(),
                        Set.copyOf(proposal.channelIds()),
                        proposal.deliverables(),
                        "",
                        "",
                        proposal.monthlyFee(),
                        proposal.mediaBudget(),
                        round.termStart(),
                        round.termEnd(),
                        EngagementService.DEFAULT_DUE_DAY,
                        proposal.targets().entrySet().stream()
                                .map(t -> new EngagementTarget(t.getKey(), null, t.getValue()))
                                .toList(),
                        ConversionKind.PURCHASE,
                        "",
                        Map.of()))
                .id();
        round.choose(candidateId, engagementId, clock.instant());
        rounds.saveAndFlush(round);
        for (CandidateEntity c : all) {
            boolean isChosen = c.id() == candidateId;
            c.moveTo(isChosen ? CandidateState.CHOSEN : CandidateState.NOT_CHOSEN);
            candidates.saveAndFlush(c);
            String name = agencyName(c);
            publish(
                    isChosen ? RoundAction.CHOSEN : RoundAction.NOT_CHOSEN,
                    round,
                    name,
                    isChosen ? name + " → engagement " + engagementId : name,
                    memberships.recipients(c.agencyId()));
        }
        return engagementId;
    }

    private RoundEntity open(long roundId) {
        RoundEntity round = queries.visibleRound(roundId);
        if (round.state() != RoundState.OPEN) {
            throw new DomainException("selection.decided");
        }
        return round;
    }

    private CandidateEntity candidate(long candidateId) {
        CandidateEntity candidate =
                candidates.findById(candidateId).orElseThrow(() -> new DomainException("selection.notFound"));
        queries.visibleRound(candidate.roundId());
        return candidate;
    }

    private String agencyName(CandidateEntity candidate) {
        return memberships.agencyNames(List.of(candidate.agencyId())).getOrDefault(candidate.agencyId(), "?");
    }

    private void requireManager() {
        if (!engagementQueries.mayManage()) {
            throw new DomainException("selection.notAllowed");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(currentUser.requireMembership().zoneId()));
    }

    private long me() {
        return currentUser.require().userId();
    }

    private void publish(RoundAction action, RoundEntity round, String agencyName, String summary, Set<Long> toTell) {
        MembershipInfo membership = currentUser.requireMembership();
        events.publishEvent(new SelectionEvents.RoundChanged(
                membership.tenantId(),
                membership.userId(),
                membership.role().name(),
                action,
                round.id(),
                round.title(),
                agencyName,
                summary,
                Set.copyOf(toTell)));
    }
}
