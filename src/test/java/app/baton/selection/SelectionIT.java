package app.baton.selection;

import static app.baton.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import app.baton.DatabaseTestBase;
import app.baton.DateSensitive;
import app.baton.MutableClock;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.TestFixtures.Person;
import app.baton.budgets.ChannelService;
import app.baton.notifications.NotificationService;
import app.baton.reports.EngagementKpi;
import app.baton.reports.EngagementQueryService;
import app.baton.reports.EngagementTarget;
import app.baton.reports.EngagementView;
import app.baton.security.MembershipRole;
import app.baton.shared.ids.EngagementId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Choosing an agency on the real database (issue 19): two candidates' proposals are invisible to each other and to
 * another company; each scorer sees the other's scores only after their own; the founder's choice becomes an
 * engagement with the chosen proposal's terms, and every candidate is told; the rules a round keeps (the deadline,
 * who may choose, nothing changes once decided).
 */
@DateSensitive
class SelectionIT extends DatabaseTestBase {

    @Autowired
    Companies companies;

    @Autowired
    SelectionService selection;

    @Autowired
    SelectionQueryService queries;

    @Autowired
    EngagementQueryService engagements;

    @Autowired
    ChannelService channels;

    @Autowired
    NotificationService notifications;

    @Autowired
    MutableClock clock;

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Asia/Taipei")));
    }

    private long openRound(Company c, long channelId) throws Exception {
        LocalDate start = today().withDayOfMonth(1).plusMonths(2);
        return companies.as(
                c.founder(),
                () -> selection.open(new SelectionService.RoundForm(
                        "Meta ads 2027",
                        "Grow first orders from Meta",
                        Set.of(channelId),
                        start,
                        start.plusYears(1).minusDays(1),
                        today().plusDays(7))));
    }

    private static SelectionService.ProposalForm proposal(long channelId, String fee, String media, String roas) {
        Map<EngagementKpi, BigDecimal> targets = new EnumMap<>(EngagementKpi.class);
        targets.put(EngagementKpi.ROAS, new BigDecimal(roas));
        targets.put(EngagementKpi.CPA, new BigDecimal("350"));
        return new SelectionService.ProposalForm(
                "Plan of " + fee,
                Set.of(channelId),
                "8 creatives a month",
                new BigDecimal(fee),
                new BigDecimal(media),
                new BigDecimal("20000"),
                targets,
                "Shop A (Ms Lin)",
                "https://example.test/sample");
    }

    private long meta(Company c) throws Exception {
        return companies.as(c.founder(), () -> channels.channels()).stream()
                .filter(ch -> "META_ADS".equals(ch.code()))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static String agency(Person vendor) {
        return Objects.requireNonNull(vendor.membership().vendorOrganisationName());
    }

    @Test
    void two_candidates_proposals_are_invisible_to_each_other_and_to_another_company() throws Exception {
        Company c = companies.create("selection-blind");
        Person blue = companies.addPerson(c, "blue-" + UUID.randomUUID(), MembershipRole.VENDOR);
        Person outsider = companies.addPerson(c, "outsider-" + UUID.randomUUID(), MembershipRole.VENDOR);
        long meta = meta(c);
        long round = openRound(c, meta);
        companies.run(c.founder(), () -> selection.invite(round, agency(c.vendor()), null));
        companies.run(c.founder(), () -> selection.invite(round, agency(blue), null));
        assertRefused(
                () -> companies.as(c.founder(), () -> selection.invite(round, agency(blue), null)),
                "selection.alreadyCandidate");

        companies.run(c.vendor(), () -> selection.propose(round, proposal(meta, "60000", "200000", "4")));
        companies.run(blue, () -> selection.propose(round, proposal(meta, "45000", "150000", "3.5")));

        // each agency reads its own proposal and nothing of the other's
        RoundDetail seenByFirst = companies.as(c.vendor(), () -> queries.round(round));
        assertThat(seenByFirst.candidates()).singleElement().satisfies(own -> {
            assertThat(own.agencyName()).isEqualTo(agency(c.vendor()));
            assertThat(Objects.requireNonNull(own.proposal()).monthlyFee()).isEqualByComparingTo("60000");
            assertThat(own.scores()).isEmpty();
            assertThat(own.past()).isNull();
        });
        assertThat(seenByFirst.goals()).isEmpty();
        RoundDetail seenByBlue = companies.as(blue, () -> queries.round(round));
        assertThat(seenByBlue.candidates())
                .singleElement()
                .satisfies(
                        own -> assertThat(Objects.requireNonNull(own.proposal()).monthlyFee())
                                .isEqualByComparingTo("45000"));
        assertThat(companies.as(blue, () -> queries.rounds()))
                .singleElement()
                .satisfies(r -> assertThat(r.mine()).isEqualTo(CandidateState.PROPOSED));

        // an agency of the same company that was not asked sees no round at all
        assertThat(companies.as(outsider, () -> queries.rounds())).isEmpty();
        assertRefused(() -> companies.as(outsider, () -> queries.round(round)), "selection.notFound");
        assertRefused(
                () -> companies.as(outsider, () -> {
                    selection.propose(round, proposal(meta, "1", "1", "9"));
                    return null;
                }),
                "selection.notFound");

        // the family sees both, with the total cost over the term: (fee + media) × 12 + set-up
        RoundDetail family = companies.as(c.successor(), () -> queries.round(round));
        assertThat(family.termMonths()).isEqualTo(12);
        assertThat(family.candidates())
                .extracting(cv -> Objects.requireNonNull(cv.proposal()).totalCost())
                .usingComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .containsExactly(new BigDecimal("3140000"), new BigDecimal("2360000"));
        // and was told of each proposal
        assertThat(companies.as(c.founder(), () -> notifications.mine(20)))
                .filteredOn(n -> n.kind().equals("SELECTION_PROPOSED"))
                .hasSize(2);

        // another company reads nothing of the round, and cannot score or choose in it
        Company other = companies.create("selection-blind-other");
        assertThat(companies.as(other.founder(), () -> queries.rounds())).isEmpty();
        assertRefused(() -> companies.as(other.founder(), () -> queries.round(round)), "selection.notFound");
        long candidate = family.candidates().getFirst().id();
        assertRefused(
                () -> companies.as(other.founder(), () -> {
                    selection.score(candidate, new SelectionService.ScoreForm(5, 5, 5, 5, 5, ""));
                    return null;
                }),
                "selection.notFound");
        assertRefused(() -> companies.as(other.founder(), () -> selection.choose(candidate)), "selection.notFound");
        // the other company's own agency person, serving this company too, sees only what its agency was asked
        Person sharedVendor = companies.serveAlso(other, c.vendor());
        assertThat(companies.as(sharedVendor, () -> queries.rounds())).isEmpty();
    }

    @Test
    void scores_are_given_blind_and_the_choice_becomes_the_engagement_with_the_chosen_terms() throws Exception {
        Company c = companies.create("selection-choice");
        Person blue = companies.addPerson(c, "blue-" + UUID.randomUUID(), MembershipRole.VENDOR);
        Person green = companies.addPerson(c, "green-" + UUID.randomUUID(), MembershipRole.VENDOR);
        long meta = meta(c);
        long round = openRound(c, meta);
        for (Person agencyPerson : List.of(c.vendor(), blue, green)) {
            companies.run(c.founder(), () -> selection.invite(round, agency(agencyPerson), null));
        }
        assertThat(companies.as(blue, () -> notifications.mine(10)))
                .extracting(NotificationService.NotificationView::kind)
                .contains("SELECTION_INVITED");
        companies.run(c.vendor(), () -> selection.propose(round, proposal(meta, "60000", "200000", "4")));
        companies.run(blue, () -> selection.propose(round, proposal(meta, "45000", "150000", "3.5")));

        // green has not proposed and the deadline is a week away: nobody can choose yet
        long blueCandidate = companies.as(c.founder(), () -> queries.round(round)).candidates().stream()
                .filter(cv -> cv.agencyName().equals(agency(blue)))
                .findFirst()
                .orElseThrow()
                .id();
        assertRefused(() -> companies.as(c.founder(), () -> selection.choose(blueCandidate)), "selection.stillOpen");
        assertRefused(
                () -> companies.as(c.founder(), () -> {
                    long greenCandidate =
                            queries.round(round).candidates().getLast().id();
                    selection.score(greenCandidate, new SelectionService.ScoreForm(3, 3, 3, 3, 3, ""));
                    return null;
                }),
                "selection.noProposalYet");

        // the founder scores first; the successor does not see it until scoring too
        companies.run(
                c.founder(),
                () -> selection.score(blueCandidate, new SelectionService.ScoreForm(4, 5, 4, 3, 5, "clear reports")));
        CandidateView beforeOwn = candidate(companies.as(c.successor(), () -> queries.round(round)), blueCandidate);
        assertThat(beforeOwn.scores()).isEmpty();
        assertThat(beforeOwn.hiddenScores()).isEqualTo(1);
        assertRefused(
                () -> companies.as(c.founder(), () -> {
                    selection.score(blueCandidate, new SelectionService.ScoreForm(6, 5, 4, 3, 5, ""));
                    return null;
                }),
                "rating.range");
        companies.run(
                c.successor(), () -> selection.score(blueCandidate, new SelectionService.ScoreForm(3, 4, 5, 4, 4, "")));
        CandidateView afterOwn = candidate(companies.as(c.successor(), () -> queries.round(round)), blueCandidate);
        assertThat(afterOwn.hiddenScores()).isZero();
        assertThat(afterOwn.scores())
                .extracting(ScoreView::average)
                .usingComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .containsExactlyInAnyOrder(new BigDecimal("4.2"), new BigDecimal("4.0"));

        // after the deadline: green may no longer propose, the successor may not choose, the founder does
        clock.advance(Duration.ofDays(8));
        assertRefused(
                () -> companies.as(green, () -> {
                    selection.propose(round, proposal(meta, "1", "1", "9"));
                    return null;
                }),
                "selection.deadlinePassed");
        assertRefused(() -> companies.as(c.successor(), () -> selection.choose(blueCandidate)), null);
        long engagementId = companies.as(c.founder(), () -> selection.choose(blueCandidate));

        EngagementView engagement =
                companies.as(c.founder(), () -> engagements.engagement(new EngagementId(engagementId)));
        RoundDetail decided = companies.as(c.founder(), () -> queries.round(round));
        assertThat(engagement.agencyName()).isEqualTo(agency(blue));
        assertThat(engagement.title()).isEqualTo("Meta ads 2027");
        assertThat(engagement.channelIds()).containsExactly(meta);
        assertThat(engagement.monthlyFee()).isEqualByComparingTo("45000");
        assertThat(engagement.mediaSpendCap()).isEqualByComparingTo("150000");
        assertThat(engagement.deliverables()).isEqualTo("8 creatives a month");
        assertThat(engagement.start()).isEqualTo(decided.start());
        assertThat(engagement.end()).isEqualTo(decided.end());
        assertThat(engagement.targets())
                .usingRecursiveFieldByFieldElementComparatorOnFields("kpi", "month")
                .containsExactlyInAnyOrder(
                        new EngagementTarget(EngagementKpi.ROAS, null, new BigDecimal("3.5")),
                        new EngagementTarget(EngagementKpi.CPA, null, new BigDecimal("350")));
        assertThat(engagement.targets())
                .extracting(EngagementTarget::target)
                .usingComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .containsExactlyInAnyOrder(new BigDecimal("3.5"), new BigDecimal("350"));
        assertThat(decided.state()).isEqualTo(RoundState.DECIDED);
        assertThat(decided.engagementId()).isEqualTo(engagementId);
        assertThat(decided.candidates())
                .extracting(CandidateView::state)
                .containsExactly(CandidateState.NOT_CHOSEN, CandidateState.CHOSEN, CandidateState.NOT_CHOSEN);

        // the chosen agency sees its engagement and is told; the others are told politely, in their own words
        assertThat(companies.as(blue, () -> engagements.engagements()))
                .extracting(EngagementView::id)
                .contains(engagementId);
        assertThat(companies.as(blue, () -> notifications.mine(10)))
                .extracting(NotificationService.NotificationView::kind)
                .contains("SELECTION_CHOSEN");
        for (Person notChosen : List.of(c.vendor(), green)) {
            assertThat(companies.as(notChosen, () -> notifications.mine(10)))
                    .filteredOn(n -> n.kind().equals("SELECTION_NOT_CHOSEN"))
                    .singleElement()
                    .satisfies(n -> assertThat(n.arguments()).first().isEqualTo("Meta ads 2027"));
            assertThat(companies.as(notChosen, () -> engagements.engagements()))
                    .extracting(EngagementView::id)
                    .doesNotContain(engagementId);
        }

        // a decided round changes no more
        assertRefused(() -> companies.as(c.founder(), () -> selection.choose(blueCandidate)), "selection.decided");
        assertRefused(
                () -> companies.as(c.founder(), () -> {
                    selection.invite(round, agency(green), null);
                    return null;
                }),
                "selection.decided");
    }

    @Test
    void a_round_refuses_what_does_not_fit_in_words() throws Exception {
        Company c = companies.create("selection-rules");
        long meta = meta(c);
        LocalDate start = today().withDayOfMonth(1).plusMonths(2);
        assertRefused(
                () -> companies.as(
                        c.founder(),
                        () -> selection.open(new SelectionService.RoundForm(
                                " ", "", Set.of(meta), start, start.plusMonths(6), today().plusDays(3)))),
                "selection.titleRequired");
        assertRefused(
                () -> companies.as(
                        c.founder(),
                        () -> selection.open(new SelectionService.RoundForm(
                                "SEO", "", Set.of(meta), start, start.plusMonths(6), start.plusDays(1)))),
                "selection.deadlineInvalid");
        assertRefused(
                () -> companies.as(
                        c.founder(),
                        () -> selection.open(new SelectionService.RoundForm(
                                "SEO", "", Set.of(meta), start, start.minusDays(1), today()))),
                "selection.termOrder");
        Company other = companies.create("selection-rules-other");
        long othersChannel = meta(other);
        assertRefused(
                () -> companies.as(
                        c.founder(),
                        () -> selection.open(new SelectionService.RoundForm(
                                "SEO", "", Set.of(othersChannel), start, start.plusMonths(6), today()))),
                "selection.channelUnknown");
        assertRefused(
                () -> companies.as(
                        c.vendor(),
                        () -> selection.open(new SelectionService.RoundForm(
                                "SEO", "", Set.of(meta), start, start.plusMonths(6), today()))),
                null);

        long round = openRound(c, meta);
        // a new agency with nobody on Baton needs a person to invite; a successor (not allowed to manage agencies by
        // the founders' default guardrails) cannot ask at all
        assertRefused(
                () -> companies.as(c.founder(), () -> selection.invite(round, "Brand-new " + UUID.randomUUID(), "")),
                "selection.contactRequired");
        assertRefused(
                () -> companies.as(
                        c.successor(),
                        () -> selection.invite(round, "Brand-new " + UUID.randomUUID(), "ann@new-agency.test")),
                "selection.notAllowed");
        long invited = companies.as(
                c.founder(), () -> selection.invite(round, "Brand-new " + UUID.randomUUID(), "ann@new-agency.test"));
        assertThat(candidate(companies.as(c.founder(), () -> queries.round(round)), invited)
                        .state())
                .isEqualTo(CandidateState.INVITED);
        companies.run(c.founder(), () -> selection.invite(round, agency(c.vendor()), null));
        assertRefused(
                () -> companies.as(c.vendor(), () -> {
                    selection.propose(round, proposal(meta, "-1", "0", "3"));
                    return null;
                }),
                "selection.negative");
        assertRefused(
                () -> companies.as(c.vendor(), () -> {
                    selection.propose(round, proposal(othersChannel, "1", "0", "3"));
                    return null;
                }),
                "selection.channelUnknown");
        assertRefused(
                () -> companies.as(c.vendor(), () -> {
                    selection.propose(round, proposal(meta, "1", "0", "0"));
                    return null;
                }),
                "selection.targetPositive");
    }

    private static CandidateView candidate(RoundDetail round, long id) {
        return round.candidates().stream()
                .filter(cv -> cv.id() == id)
                .findFirst()
                .orElseThrow();
    }
}
