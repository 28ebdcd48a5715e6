package app.baton.reports;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.DatabaseTestBase;
import app.baton.MutableClock;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.audit.AuditService;
import app.baton.audit.AuditService.AuditFilter;
import app.baton.budgets.ChannelService;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An engagement's targets keep the months they held (issue 19), on the real database: a ROAS target changed in month
 * 5 leaves months 1–4 judged against the old one — on the report's page, the scorecard, the overview and the
 * engagement's view of the months —
 * the engagement shows the new one, the scorecard says from when targets changed, and the change is audited. Before,
 * every edit deleted and rewrote the targets, so past months were re-judged against new ones.
 */
class EngagementTargetPeriodsIT extends DatabaseTestBase {

    static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    @Autowired
    Companies companies;

    @Autowired
    EngagementService engagements;

    @Autowired
    EngagementQueryService queries;

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
    ReportFigures figures;

    @Autowired
    AuditService audit;

    @Autowired
    MutableClock clock;

    @Test
    void a_target_changed_in_month_five_leaves_months_one_to_four_judged_against_the_old_one() throws Exception {
        Company c = companies.create("target-periods");
        List<ChannelService.ChannelView> google = companies.as(c.founder(), () -> channels.channels()).stream()
                .filter(ch -> "GOOGLE_ADS".equals(ch.code()))
                .toList();
        // the fixture's engagement runs from January 2026 with a ROAS target of 3 for the whole term
        EngagementView created = companies.as(
                c.founder(), () -> engagements.create(ReportFixtures.form(c, google, BigDecimal.valueOf(10_000_000))));
        long id = created.id();

        // in May the family and the agency agree ROAS 10 instead
        clock.set(YearMonth.of(2026, 5).atDay(12).atTime(10, 0).atZone(TAIPEI).toInstant());
        EngagementService.Form f = ReportFixtures.form(c, google, BigDecimal.valueOf(10_000_000));
        EngagementService.Form raised = ReportFixtures.with(
                f, f.channelIds(), List.of(new EngagementTarget(EngagementKpi.ROAS, null, BigDecimal.TEN)));
        EngagementView updated = companies.as(c.founder(), () -> engagements.update(id, created.version(), raised));
        assertThat(updated.targets())
                .singleElement()
                .satisfies(t -> assertThat(t.target()).isEqualByComparingTo("10"));
        assertThat(updated.targetChanges()).containsExactly(YearMonth.of(2026, 5));

        // April's and May's reports come in afterwards
        clock.set(YearMonth.of(2026, 7).atDay(15).atTime(10, 0).atZone(TAIPEI).toInstant());
        long april = accepted(c, id, YearMonth.of(2026, 4));
        long may = accepted(c, id, YearMonth.of(2026, 5));
        assertThat(companies.as(c.founder(), () -> versions.version(april)).attainment())
                .singleElement()
                .satisfies(a -> assertThat(a.target()).isEqualByComparingTo("3"));
        assertThat(companies.as(c.founder(), () -> versions.version(may)).attainment())
                .singleElement()
                .satisfies(a -> assertThat(a.target()).isEqualByComparingTo("10"));
        // the engagement view judges each month against the targets in force then
        EngagementView now =
                companies.as(c.founder(), () -> queries.engagement(new app.baton.shared.ids.EngagementId(id)));
        assertThat(now.targetsIn(YearMonth.of(2026, 4)))
                .singleElement()
                .satisfies(t -> assertThat(t.target()).isEqualByComparingTo("3"));
        assertThat(now.targetsIn(YearMonth.of(2026, 5)))
                .singleElement()
                .satisfies(t -> assertThat(t.target()).isEqualByComparingTo("10"));
        ScorecardService.Scorecard card = companies.as(c.founder(), () -> scorecards.scorecard(id));
        assertThat(card.targetChanges()).containsExactly(YearMonth.of(2026, 5));
        // the overview judges the same months the same way as the scorecard (April on 3, May on 10)
        assertThat(card.kpiAttainment()).isNotNull();
        assertThat(companies.as(c.founder(), () -> figures.overview()).engagements().stream()
                        .filter(e -> e.engagementId() == id)
                        .findFirst()
                        .orElseThrow()
                        .kpiAttainment())
                .isEqualByComparingTo(card.kpiAttainment());

        // saving the same targets again changes nothing; the change is in the audit log with both sets
        EngagementView same = companies.as(c.founder(), () -> engagements.update(id, updated.version(), raised));
        assertThat(same.targetHistory()).hasSize(2);
        assertThat(companies.as(c.founder(), () -> audit.search(AuditFilter.none(), 0, 50)).stream()
                        .map(AuditService.AuditEntry::summary))
                .anyMatch(s -> s.contains("targets from 2026-05") && s.contains("ROAS=3") && s.contains("ROAS=10"));
    }

    private long accepted(Company c, long engagementId, YearMonth month) throws Exception {
        return ReportFixtures.accepted(companies, c, reports, versions, reviews, engagementId, month);
    }
}
