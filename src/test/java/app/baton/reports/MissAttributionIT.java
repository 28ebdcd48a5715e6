package app.baton.reports;

import static app.baton.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import app.baton.DatabaseTestBase;
import app.baton.MutableClock;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.budgets.ChannelService;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A missed target attributed, on the real database (issue 19): the agency names an outside event, the founder
 * agrees, and the scorecard counts that miss apart; a successor's other cause asks both sides again; a target met, a
 * month without a report, an empty note and another company are refused.
 */
class MissAttributionIT extends DatabaseTestBase {

    static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    @Autowired
    Companies companies;

    @Autowired
    EngagementService engagements;

    @Autowired
    ChannelService channels;

    @Autowired
    ReportService reports;

    @Autowired
    ReportVersionQueryService versions;

    @Autowired
    ReviewService reviews;

    @Autowired
    ScorecardService scorecards;

    @Autowired
    MissService misses;

    @Autowired
    MutableClock clock;

    @Test
    void an_agreed_cause_is_counted_apart_on_the_scorecard() throws Exception {
        Company c = companies.create("misses");
        List<ChannelService.ChannelView> google = companies.as(c.founder(), () -> channels.channels()).stream()
                .filter(ch -> "GOOGLE_ADS".equals(ch.code()))
                .toList();
        EngagementService.Form f = ReportFixtures.form(c, google, BigDecimal.valueOf(10_000_000));
        // a ROAS nobody reaches, and a click-through rate anybody does
        EngagementService.Form form = ReportFixtures.with(
                f,
                f.channelIds(),
                List.of(
                        new EngagementTarget(EngagementKpi.ROAS, null, new BigDecimal("100")),
                        new EngagementTarget(EngagementKpi.CTR, null, new BigDecimal("0.0000001"))));
        long id = companies.as(c.founder(), () -> engagements.create(form)).id();
        clock.set(YearMonth.of(2026, 7).atDay(15).atTime(10, 0).atZone(TAIPEI).toInstant());
        YearMonth april = YearMonth.of(2026, 4);
        accepted(c, id, april);
        assertThat(companies.as(c.founder(), () -> scorecards.scorecard(id)).missed())
                .isEqualTo(1);

        long miss = companies.as(
                c.vendor(),
                () -> misses.attribute(
                        id, april, EngagementKpi.ROAS, false, MissCause.OUTSIDE_EVENT, "Typhoon closed the shops"));
        // proposed by the agency only: not yet counted apart
        ScorecardService.Scorecard proposed = companies.as(c.founder(), () -> scorecards.scorecard(id));
        assertThat(proposed.attributedMisses()).isEmpty();
        assertThat(proposed.unattributedMisses()).isEqualTo(1);
        assertRefused(
                () -> companies.as(c.vendor(), () -> {
                    misses.accept(id, miss);
                    return null;
                }),
                "miss.alreadyAccepted");
        assertRefused(
                () -> companies.as(c.successor(), () -> {
                    misses.accept(id, miss);
                    return null;
                }),
                null);

        companies.run(c.founder(), () -> misses.accept(id, miss));
        ScorecardService.Scorecard agreed = companies.as(c.vendor(), () -> scorecards.scorecard(id));
        assertThat(agreed.attributedMisses()).containsExactlyEntriesOf(java.util.Map.of(MissCause.OUTSIDE_EVENT, 1));
        assertThat(agreed.unattributedMisses()).isZero();
        assertThat(companies.as(c.vendor(), () -> misses.misses(id)))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.agreed()).isTrue();
                    assertThat(m.note()).isEqualTo("Typhoon closed the shops");
                    assertThat(m.proposedSide()).isEqualTo(Party.AGENCY);
                });

        // the successor names another cause: both sides are asked again, a founder for the company
        companies.run(
                c.successor(),
                () -> misses.attribute(id, april, EngagementKpi.ROAS, false, MissCause.COMPANY, "Our stock ran out"));
        assertThat(companies.as(c.founder(), () -> misses.misses(id)))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.cause()).isEqualTo(MissCause.COMPANY);
                    assertThat(m.agreed()).isFalse();
                    assertThat(m.companyAcceptedBy()).isNull();
                    assertThat(m.agencyAcceptedBy()).isNull();
                });
        assertThat(companies.as(c.founder(), () -> scorecards.scorecard(id)).attributedMisses())
                .isEmpty();

        // what is not a miss, or says nothing, or is another company's, is refused
        assertRefused(
                () -> companies.as(
                        c.founder(),
                        () -> misses.attribute(id, april, EngagementKpi.CTR, false, MissCause.AGENCY, "met")),
                "miss.notAMiss");
        assertRefused(
                () -> companies.as(
                        c.founder(),
                        () -> misses.attribute(
                                id, april.plusMonths(1), EngagementKpi.ROAS, false, MissCause.AGENCY, "x")),
                "miss.notAMiss");
        assertRefused(
                () -> companies.as(
                        c.founder(),
                        () -> misses.attribute(id, april, EngagementKpi.ROAS, false, MissCause.AGENCY, " ")),
                "miss.noteRequired");
        Company other = companies.create("misses-other");
        assertRefused(() -> companies.as(other.founder(), () -> misses.misses(id)), "engagement.notFound");
        assertRefused(
                () -> companies.as(
                        other.vendor(),
                        () -> misses.attribute(id, april, EngagementKpi.ROAS, false, MissCause.COMPANY, "mine")),
                "engagement.notFound");
    }

    private void accepted(Company c, long engagementId, YearMonth month) throws Exception {
        ReportFixtures.accepted(companies, c, reports, versions, reviews, engagementId, month);
    }
}
