package app.baton.insights;

import static app.baton.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.baton.DatabaseTestBase;
import app.baton.DateSensitive;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.audit.AuditService;
import app.baton.budgets.Tier;
import app.baton.experiments.ExperimentFixtures;
import app.baton.experiments.ExperimentService;
import app.baton.experiments.ExperimentStatus;
import app.baton.experiments.Proposal;
import app.baton.insights.BudgetActuals.Source;
import app.baton.reports.ReportFigures;
import app.baton.shared.ids.EngagementId;
import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dashboard and the monthly review on the real database: budget vs actual from entered spend, accepted reports
 * (per channel) and experiments; scorecards; a bounded number of SQL statements whatever the number of engagements;
 * tenant isolation; recording decisions and closing the meeting.
 */
@DateSensitive
class DashboardIT extends DatabaseTestBase {

    static final int YEAR = InsightsFixtures.YEAR;
    static final YearMonth AUGUST = InsightsFixtures.AUGUST;
    static final YearMonth SEPTEMBER = InsightsFixtures.SEPTEMBER;

    @Autowired
    Companies companies;

    @Autowired
    ReportFigures figures;

    @Autowired
    ExperimentService experiments;

    @Autowired
    app.baton.experiments.ExperimentQueryService queries;

    @Autowired
    DashboardService dashboards;

    @Autowired
    MeetingService meetings;

    @Autowired
    KpiSettingsService settings;

    @Autowired
    AuditService audit;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    Company c;
    Map<String, Long> byCode;
    long planId;
    long engagementId;

    @BeforeEach
    void company() throws Exception {
        c = companies.create("dashboard");
        setUp(c);
    }

    private void setUp(Company company) throws Exception {
        InsightsFixtures.Setup setup = InsightsFixtures.setUp(services(), company);
        byCode = setup.channels();
        planId = setup.planId();
        engagementId = setup.engagementId();
    }

    @Autowired
    InsightsFixtures.Services services;

    private InsightsFixtures.Services services() {
        return services;
    }

    private long engagement(Company company) throws Exception {
        return InsightsFixtures.engagement(services(), company, byCode);
    }

    private void upload(Company company, long engagement, YearMonth month, boolean accept) throws Exception {
        InsightsFixtures.upload(services(), company, engagement, month, accept);
    }

    @Autowired
    app.baton.MutableClock clock;

    @Autowired
    app.baton.budgets.ChannelService channelService;

    @Autowired
    GoalService goalService;

    @Autowired
    GoalQueryService goalQueries;

    @Autowired
    app.baton.reports.EngagementService engagementService;

    @Autowired
    app.baton.reports.EngagementQueryService engagementQueries;

    @Test
    void an_engagements_fee_is_spread_over_its_channels_by_the_agreed_split() throws Exception {
        app.baton.reports.EngagementView e =
                companies.as(c.founder(), () -> engagementQueries.engagement(new EngagementId(engagementId)));
        long google = byCode.get("GOOGLE_ADS");
        long meta = byCode.get("META_ADS");
        // a split that does not add up to 100 is refused, and nothing changes
        assertThatThrownBy(() -> companies.as(
                        c.founder(),
                        () -> engagementService.update(
                                e.id(),
                                e.version(),
                                app.baton.sales.SalesFixtures.withFeeSplit(e, Map.of(google, 70, meta, 20)))))
                .isInstanceOf(app.baton.shared.DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "engagement.feeSplit.invalid");
        var changed = companies.as(
                c.founder(),
                () -> engagementService.update(
                        e.id(),
                        e.version(),
                        app.baton.sales.SalesFixtures.withFeeSplit(e, Map.of(google, 70, meta, 30))));
        assertThat(changed.feeByChannel())
                .containsEntry(google, new BigDecimal("21000"))
                .containsEntry(meta, new BigDecimal("9000"));
        assertThat(companies
                        .as(
                                c.founder(),
                                () -> audit.search(
                                        new AuditService.AuditFilter(null, null, null, "ENGAGEMENT_UPDATED"), 0, 1))
                        .get(0)
                        .summary())
                .contains("fee split " + google + ":70," + meta + ":30");

        DashboardService.Dashboard d =
                companies.as(c.founder(), () -> dashboards.dashboard(YEAR).orElseThrow());
        int august = d.indexOf(AUGUST);
        // Google: its report's 61,958 + 70 % of the 30,000 fee; Meta: 34,198 + 30 %
        assertThat(line(d, Tier.FOUNDATION, google).month(august).actual()).isEqualByComparingTo("82958");
        assertThat(line(d, Tier.FOUNDATION, meta).month(august).actual()).isEqualByComparingTo("43198");
    }

    @Test
    void budget_vs_actual_adds_entered_spend_accepted_reports_per_channel_and_experiments() throws Exception {
        long lineId = byCode.get("LINE");
        // the experiment is proposed and approved in November of the plan's year, so that December is still ahead
        // whatever the tests' start date; the dashboard is then read at the start date
        clock.set(LocalDate.of(YEAR, 11, 20)
                .atTime(10, 0)
                .atZone(app.baton.TestCalendar.TAIPEI)
                .toInstant());
        try {
            proposeAndApproveDecemberPilot(lineId);
        } finally {
            clock.reset();
        }

        DashboardService.Dashboard d =
                companies.as(c.founder(), () -> dashboards.dashboard(YEAR).orElseThrow());

        assertThat(d.months().get(0)).isEqualTo(YearMonth.of(YEAR, 1));
        int august = d.indexOf(AUGUST);
        BudgetActuals.Line ads = line(d, Tier.FOUNDATION, byCode.get("GOOGLE_ADS"));
        BudgetActuals.Line meta = line(d, Tier.FOUNDATION, byCode.get("META_ADS"));
        // the accepted report's Google Ads rows (61,958) replace the 5,000 entered by hand for the same media — counted
        // once — plus half the agency's 30,000 fee (the engagement spans Google and Meta); the next month is only
        // submitted, so it has the fee alone
        assertThat(ads.month(august).actual()).isEqualByComparingTo("76958");
        assertThat(ads.month(d.indexOf(SEPTEMBER)).actual()).isEqualByComparingTo("15000");
        assertThat(meta.month(august).actual()).isEqualByComparingTo("49198");
        assertThat(ads.month(august).planned()).isEqualByComparingTo("50000");
        assertThat(ads.month(august).remaining()).isEqualByComparingTo("-26958");
        assertThat(d.table().replaced()).singleElement().satisfies(r -> {
            assertThat(r.month()).isEqualTo(august);
            assertThat(r.amount()).isEqualByComparingTo("5000");
        });
        BudgetActuals.Line line = line(d, Tier.EXPERIMENT, lineId);
        assertThat(line.month(11).committed()).isEqualByComparingTo("45000");
        // the months of the plan's year over at the start date, in Taipei (ten with the default start: January to
        // October 2026): the reports' 96,156 and the fee of each of them, extrapolated to twelve months
        YearMonth thisMonth = YearMonth.from(app.baton.TestCalendar.today());
        int closed = thisMonth.getYear() > YEAR ? 12 : thisMonth.getMonthValue() - 1;
        long actual = 96_156L + 30_000L * closed;
        assertThat(d.table().total().year().actual()).isEqualByComparingTo(BigDecimal.valueOf(actual));
        assertThat(d.table().total().year().planned()).isEqualByComparingTo("960000");
        assertThat(d.closedMonths()).isEqualTo(closed);
        assertThat(d.table().total().forecast())
                .isEqualByComparingTo(BigDecimal.valueOf(actual * 12)
                        .divide(BigDecimal.valueOf(closed), 0, java.math.RoundingMode.HALF_UP));
        assertThat(d.spends())
                .extracting(BudgetActuals.Spend::source)
                .filteredOn(source -> source != Source.AGENCY_FEE)
                .containsExactlyInAnyOrder(Source.REPORT, Source.REPORT, Source.EXPERIMENT_COMMITTED);
        assertThat(d.spends())
                .filteredOn(sp -> sp.source() == Source.AGENCY_FEE)
                .hasSize(2 * closed);
        DashboardService.EngagementCost cost = d.engagementCosts().get(0);
        assertThat(cost.fees()).isEqualByComparingTo(BigDecimal.valueOf(30_000L * closed));
        assertThat(cost.media()).isEqualByComparingTo("96156");
        // no sales uploaded: no order to divide by
        assertThat(cost.perVerifiedOrder()).isNull();
        assertKpisPipelineAndReports(d, august);
    }

    private void proposeAndApproveDecemberPilot(long lineId) throws Exception {
        long experimentId = companies
                .as(
                        c.successor(),
                        () -> experiments.create(new Proposal(
                                "LINE 好友募集",
                                "如果我們募集好友，新客成本就會下降，因為好友名單比廣告便宜。",
                                lineId,
                                app.baton.experiments.ExperimentMethod.PILOT,
                                money(45_000),
                                LocalDate.of(YEAR, 12, 1),
                                LocalDate.of(YEAR, 12, 31),
                                ExperimentFixtures.proposal(
                                                new app.baton.budgets.BudgetFixtures.ActivePlan(planId, byCode), 1)
                                        .metrics(),
                                null,
                                null)))
                .row()
                .id();
        long v = companies.as(c.successor(), () -> queries.detail(experimentId).version());
        companies.run(c.successor(), () -> experiments.submit(experimentId, v));
        long v2 = companies.as(c.founder(), () -> queries.detail(experimentId).version());
        companies.run(c.founder(), () -> experiments.approve(experimentId, v2, null));
    }

    private void assertKpisPipelineAndReports(DashboardService.Dashboard d, int august) {
        // KPIs per channel from the accepted month: Google Ads ROAS 217,346 / 61,958
        DashboardService.Trend google = d.byChannel().stream()
                .filter(t -> java.util.Objects.equals(t.channelId(), byCode.get("GOOGLE_ADS")))
                .findFirst()
                .orElseThrow();
        assertThat(google.value(TrendKpi.ROAS, august)).isEqualByComparingTo("3.507957");
        assertThat(google.value(TrendKpi.ROAS, d.indexOf(SEPTEMBER))).isNull();
        assertThat(d.overall().value(TrendKpi.CR, august)).isNotNull();
        // CAC stands on the company's own first orders: without sales uploaded it is "—", never the agencies' claim
        assertThat(d.overall().value(TrendKpi.CAC, august)).isNull();

        assertThat(d.pipeline().counts().get(ExperimentStatus.APPROVED)).isEqualTo(1);
        assertThat(d.pipeline().budgets().get(ExperimentStatus.APPROVED)).isEqualByComparingTo("45000");
        ReportFigures.Summary card = d.reports().engagements().get(0);
        assertThat(card.reports()).isEqualTo(2);
        assertThat(card.accepted()).isEqualTo(1);
        assertThat(card.acceptedSpend()).isEqualByComparingTo("96156");
        assertThat(d.waiting().reports())
                .extracting(app.baton.reports.WaitingReport::month)
                .containsExactly(SEPTEMBER);
    }

    @Test
    void the_dashboard_and_the_meeting_page_take_a_fixed_number_of_statements_however_many_engagements()
            throws Throwable {
        Statistics stats = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        stats.setStatisticsEnabled(true);
        try {
            long one = statements(stats, () -> companies.as(c.founder(), () -> dashboards.dashboard(YEAR)));
            long meetingOne = statements(stats, () -> companies.as(c.founder(), () -> meetings.meeting(SEPTEMBER)));
            for (int i = 0; i < 3; i++) {
                long more = engagement(c);
                upload(c, more, AUGUST, true);
            }
            long four = statements(stats, () -> companies.as(c.founder(), () -> dashboards.dashboard(YEAR)));
            long meetingFour = statements(stats, () -> companies.as(c.founder(), () -> meetings.meeting(SEPTEMBER)));
            assertThat(four).as("dashboard statements with 4 engagements vs 1").isEqualTo(one);
            assertThat(meetingFour)
                    .as("meeting statements with 4 engagements vs 1")
                    .isEqualTo(meetingOne);
            // a fixed set: the plan, channels, experiments, reports, sales, the goal sheet's versions (one read for
            // the twelve months' targets), and what waits for me (its own queries, the same as the navigation's
            // count); the company's channels, its months' states and their open flags are read once for the whole
            // page (decision 017)
            assertThat(one).isLessThanOrEqualTo(24);
            System.out.printf("dashboard: %d SQL statements, meeting page: %d%n", one, meetingOne);

            // the company's rows are chosen by the connection's company, not by Hibernate's filter (decision 003):
            // the next dashboard uses the query plans the first made and translates no query again (another
            // company's session reusing them: TenantStatementsIT)
            stats.clear();
            companies.as(c.founder(), () -> dashboards.dashboard(YEAR));
            System.out.printf(
                    "dashboard again: %d query plans reused, %d made%n",
                    stats.getQueryPlanCacheHitCount(), stats.getQueryPlanCacheMissCount());
            assertThat(stats.getQueryPlanCacheMissCount())
                    .as("query plans made again")
                    .isZero();
            assertThat(stats.getQueryPlanCacheHitCount())
                    .as("query plans reused")
                    .isGreaterThanOrEqualTo(10);
        } finally {
            stats.setStatisticsEnabled(false);
        }
    }

    /**
     * The dashboard's spend, its report overview and the reviews that wait each ask for the company's engagements:
     * one read-only transaction reads them once (issue 16: three times before, a fifth of the dashboard's CPU), and
     * the next transaction reads them again, with what was committed since.
     */
    @Test
    void one_read_only_transaction_reads_the_engagements_once_and_the_next_reads_them_again() throws Throwable {
        var readOnly = new org.springframework.transaction.support.TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        Statistics stats = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        stats.setStatisticsEnabled(true);
        try {
            long once = statements(stats, () -> companies.as(c.founder(), () -> engagementQueries.engagements()));
            long twice = statements(
                    stats,
                    () -> companies.as(
                            c.founder(),
                            () -> readOnly.execute(status -> {
                                var first = engagementQueries.engagements();
                                assertThat(engagementQueries.engagements()).isSameAs(first);
                                // shared by the transaction's callers, so none of them can change it for the others
                                assertThat(first).isNotEmpty();
                                org.assertj.core.api.Assertions.assertThatThrownBy(
                                                () -> first.get(0).feeSplit().put(1L, 1))
                                        .isInstanceOf(UnsupportedOperationException.class);
                                org.assertj.core.api.Assertions.assertThatThrownBy(() -> first.add(first.get(0)))
                                        .isInstanceOf(UnsupportedOperationException.class);
                                return first;
                            })));
            assertThat(once).isPositive();
            assertThat(twice).isEqualTo(once);
        } finally {
            stats.setStatisticsEnabled(false);
        }
        int before =
                companies.as(c.founder(), () -> engagementQueries.engagements()).size();
        engagement(c);
        java.util.List<app.baton.reports.EngagementView> after =
                companies.as(c.founder(), () -> readOnly.execute(status -> engagementQueries.engagements()));
        assertThat(after).hasSize(before + 1);
        // another company's people, in their own transaction, see their own (none)
        Company other = companies.create("dashboard-memo-other");
        java.util.List<app.baton.reports.EngagementView> others =
                companies.as(other.founder(), () -> readOnly.execute(status -> engagementQueries.engagements()));
        assertThat(others).isEmpty();
    }

    @Test
    void another_company_sees_none_of_it() throws Exception {
        Company other = companies.create("dashboard-other");
        companies.run(c.founder(), () -> meetings.decide(AUGUST, MeetingService.DecisionKind.NOTE, null, "Cut Meta"));
        companies.run(other.founder(), () -> {
            assertThat(dashboards.dashboard(YEAR)).isEmpty();
            assertThat(dashboards.years()).isEmpty();
            assertThat(figures.accepted(YearMonth.of(YEAR, 1), YearMonth.of(YEAR, 12)))
                    .isEmpty();
            assertThat(figures.overview().engagements()).isEmpty();
            assertThat(meetings.record(AUGUST).decisions()).isEmpty();
            assertThat(meetings.history()).isEmpty();
            assertThat(settings.settings().version()).isEqualTo(-1);
        });
        companies.run(
                c.founder(),
                () -> settings.save(-1, TrendKpi.Assumptions.NONE, Map.of(TrendKpi.ROAS, new BigDecimal("4"))));
        assertThat(companies.as(other.founder(), () -> settings.settings().targets()))
                .doesNotContainKey(TrendKpi.ROAS);
        // its own plan and report do not mix with the first company's
        long ours = engagementId;
        setUp(other);
        DashboardService.Dashboard mine =
                companies.as(c.founder(), () -> dashboards.dashboard(YEAR).orElseThrow());
        DashboardService.Dashboard theirs =
                companies.as(other.founder(), () -> dashboards.dashboard(YEAR).orElseThrow());
        assertThat(mine.table().total().year().actual())
                .isEqualByComparingTo(theirs.table().total().year().actual());
        assertThat(theirs.reports().engagements()).hasSize(1);
        companies.run(
                c.founder(),
                () -> meetings.close(
                        AUGUST, List.of(new MeetingService.Attendee(c.founder().userId(), "林志明")), null));
        MeetingService.Record theirRecord = companies.as(other.founder(), () -> meetings.record(AUGUST));
        assertThat(theirRecord.decisions()).isEmpty();
        assertThat(theirRecord.attendees()).isEmpty();
        assertThat(theirRecord.closed()).isFalse();
        assertThat(companies.as(other.founder(), () -> figures.overview().late()))
                .isNotEmpty()
                .allMatch(late -> late.engagementId() != ours);
        // agencies never see the dashboard
        assertRefused(() -> companies.as(c.vendor(), () -> dashboards.dashboard(YEAR)), null);
        assertRefused(() -> companies.as(c.vendor(), () -> figures.overview()), null);
    }

    @Test
    void a_slow_channel_inside_its_time_to_impact_is_not_suggested_for_a_cut_until_its_window_has_passed()
            throws Exception {
        // goals out of reach (ROAS 1,000, CR 100 %, ROI 1,000 %): every channel with figures misses them
        agreeGoals(YearMonth.of(YEAR, 1), 12);
        assertThat(companies.as(c.founder(), () -> goalQueries.targetsFor(AUGUST)))
                .containsKey(TrendKpi.ROAS);
        MeetingService.Meeting before =
                companies.as(c.founder(), () -> meetings.meeting(AUGUST).orElseThrow());
        Suggestions.Suggestion cut = before.suggestions().stream()
                .filter(s -> s.kind() == Suggestions.Kind.MISSES_TARGETS)
                .findFirst()
                .orElseThrow();
        // the founder says the channel is brand work; the agreed goals give brand a year from its first spend
        companies.run(c.founder(), () -> channelService.setKind(cut.channelId(), app.baton.budgets.ChannelKind.BRAND));
        agreeGoals(YearMonth.of(YEAR, 1), 12);
        MeetingService.Meeting waiting =
                companies.as(c.founder(), () -> meetings.meeting(AUGUST).orElseThrow());
        assertThat(waiting.suggestions())
                .filteredOn(s -> s.channelId() == cut.channelId())
                .extracting(Suggestions.Suggestion::kind)
                .doesNotContain(Suggestions.Kind.MISSES_TARGETS)
                .contains(Suggestions.Kind.TOO_EARLY);
        Suggestions.Suggestion wait = waiting.suggestions().stream()
                .filter(s -> s.kind() == Suggestions.Kind.TOO_EARLY)
                .findFirst()
                .orElseThrow();
        assertThat(wait.window().kind()).isEqualTo(app.baton.budgets.ChannelKind.BRAND);
        assertThat(wait.window().months()).isEqualTo(12);
        assertThat(wait.window().judgeFrom()).isAfter(AUGUST);
        assertThat(wait.kpis()).isEqualTo(cut.kpis());
        // goals agreeing two months for brand from August: the window has passed, the cut is suggested again
        agreeGoals(AUGUST, 2);
        assertThat(companies
                        .as(c.founder(), () -> meetings.meeting(AUGUST).orElseThrow())
                        .suggestions())
                .filteredOn(s -> s.channelId() == cut.channelId())
                .extracting(Suggestions.Suggestion::kind)
                .contains(Suggestions.Kind.MISSES_TARGETS)
                .doesNotContain(Suggestions.Kind.TOO_EARLY);
        assertThat(companies.as(c.founder(), () -> audit.search(AuditService.AuditFilter.none(), 0, 200)).stream()
                        .map(AuditService.AuditEntry::action))
                .contains("CHANNEL_KIND_SET");
        // a version giving the channel its own, reachable targets: it is judged on them, the other channel is not
        GoalVersion own = companies.as(
                c.successor(),
                () -> goalService.draft(GoalSheet.starting(AUGUST)
                        .withChannels(List.of(
                                new ChannelGoal(cut.channelId(), null, BigDecimal.ONE, null, BigDecimal.ONE, null)))));
        companies.run(c.founder(), () -> goalService.sign(own.id(), own.version()));
        MeetingService.Meeting judgedOnItsOwn =
                companies.as(c.founder(), () -> meetings.meeting(AUGUST).orElseThrow());
        assertThat(judgedOnItsOwn.channelTargets()).containsOnlyKeys(cut.channelId());
        assertThat(judgedOnItsOwn.targetsOf(cut.channelId()))
                .containsEntry(TrendKpi.ROAS, BigDecimal.ONE)
                .containsEntry(TrendKpi.CR, new BigDecimal("0.01"));
        assertThat(judgedOnItsOwn.suggestions())
                .filteredOn(s -> s.channelId() == cut.channelId())
                .extracting(Suggestions.Suggestion::kind)
                .contains(Suggestions.Kind.BEATS_TARGETS)
                .doesNotContain(Suggestions.Kind.MISSES_TARGETS);
        // another company's meeting is not touched by this company's channel kinds
        Company other = companies.create("dashboard-kinds-other");
        setUp(other);
        assertThat(companies
                        .as(other.founder(), () -> meetings.meeting(AUGUST).orElseThrow())
                        .suggestions())
                .noneMatch(s -> s.kind() == Suggestions.Kind.TOO_EARLY);
    }

    /**
     * The successor drafts goals from {@code from} with targets out of reach (ROAS 1,000, ROI 1,000 %, CR 100 %),
     * giving brand work {@code brandMonths}; the founder signs.
     */
    private void agreeGoals(YearMonth from, int brandMonths) throws Exception {
        GoalVersion draft = companies.as(
                c.successor(),
                () -> goalService.draft(new GoalSheet(
                        from,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        new BigDecimal("1000"),
                        new BigDecimal("1000"),
                        new BigDecimal("100"),
                        null,
                        6,
                        6,
                        brandMonths,
                        4,
                        4,
                        null,
                        java.util.List.of())));
        companies.run(c.founder(), () -> goalService.sign(draft.id(), draft.version()));
    }

    @Test
    void decisions_are_recorded_and_founders_close_the_meeting_with_its_attendees() throws Exception {
        MeetingService.Meeting m =
                companies.as(c.founder(), () -> meetings.meeting(AUGUST).orElseThrow());
        assertThat(m.record().closed()).isFalse();
        assertThat(m.suggestions()).isNotEmpty();
        assertThat(m.openFlags()).isEmpty();
        assertThat(m.incomplete()).isEmpty();
        // September's report waits for review: the month says so, and nothing is suggested for its channels
        MeetingService.Meeting september =
                companies.as(c.founder(), () -> meetings.meeting(SEPTEMBER).orElseThrow());
        assertThat(september.incomplete()).singleElement().satisfies(i -> {
            assertThat(i.late()).isFalse();
            assertThat(i.channelIds()).hasSize(2);
        });
        java.util.Set<Long> incompleteChannels = september.incomplete().get(0).channelIds();
        assertThat(september.suggestions())
                .allMatch(s -> !incompleteChannels.contains(s.channelId()))
                .allMatch(s -> s.tier() != app.baton.budgets.Tier.RESERVE || s.kind() == Suggestions.Kind.OVER_PLAN);
        assertRefused(
                () -> companies.run(
                        c.founder(), () -> meetings.decide(AUGUST, MeetingService.DecisionKind.NOTE, null, " ")),
                "meeting.decisionRequired");
        assertRefused(
                () -> companies.run(
                        c.founder(), () -> meetings.decide(AUGUST, MeetingService.DecisionKind.EXPERIMENT, null, "Go")),
                "meeting.subjectRequired");
        companies.run(
                c.successor(),
                () -> meetings.decide(
                        AUGUST, MeetingService.DecisionKind.NOTE, null, "Move 20,000 from Meta Ads to Google Ads"));
        companies.run(
                c.founder(),
                () -> meetings.decide(AUGUST, MeetingService.DecisionKind.BUDGET_CHANGE, 7L, "Approve request #7"));
        assertRefused(
                () -> companies.run(
                        c.successor(),
                        () -> meetings.close(AUGUST, List.of(new MeetingService.Attendee(null, "Someone")), null)),
                null);
        assertRefused(
                () -> companies.run(c.founder(), () -> meetings.close(AUGUST, List.of(), null)),
                "meeting.attendeesRequired");
        MeetingService.Record closed = companies.as(
                c.founder(),
                () -> meetings.close(
                        AUGUST,
                        List.of(
                                new MeetingService.Attendee(c.founder().userId(), "林志明"),
                                new MeetingService.Attendee(null, "亮點廣告 王小華")),
                        "Meta 預算下修"));
        assertThat(closed.closed()).isTrue();
        assertThat(closed.decisions())
                .extracting(MeetingService.Decision::kind)
                .containsExactly(MeetingService.DecisionKind.NOTE, MeetingService.DecisionKind.BUDGET_CHANGE);
        assertThat(closed.attendees()).extracting(MeetingService.Attendee::name).containsExactly("林志明", "亮點廣告 王小華");
        assertThat(closed.summary()).isEqualTo("Meta 預算下修");
        assertRefused(
                () -> companies.run(
                        c.founder(), () -> meetings.decide(AUGUST, MeetingService.DecisionKind.NOTE, null, "late")),
                "meeting.closed");
        assertThat(companies.as(c.founder(), () -> meetings.history())).containsEntry(AUGUST, true);
        List<String> actions = companies
                .as(c.founder(), () -> audit.search(new AuditService.AuditFilter(null, null, null, null), 0, 50))
                .stream()
                .map(AuditService.AuditEntry::action)
                .toList();
        assertThat(actions).contains("MEETING_DECISION_RECORDED", "MEETING_CLOSED");
    }

    @Autowired
    org.springframework.context.MessageSource messages;

    @Test
    void the_meeting_pack_opens_as_xlsx_and_pdf_with_chinese_text_and_neutralised_formulas() throws Exception {
        companies.run(
                c.founder(),
                () -> meetings.decide(
                        AUGUST,
                        MeetingService.DecisionKind.NOTE,
                        null,
                        "=HYPERLINK(\"http://evil.example\") 把 Meta 預算移到 LINE"));
        MeetingService.Meeting m =
                companies.as(c.founder(), () -> meetings.meeting(AUGUST).orElseThrow());
        java.util.Locale zh = java.util.Locale.TRADITIONAL_CHINESE;
        PackLabels labels = InsightsFixtures.labels(messages, zh);
        List<app.baton.shared.export.Table> tables = MeetingPack.tables(m, labels);

        byte[] xlsx = app.baton.shared.export.Exports.xlsx(tables);
        try (org.dhatim.fastexcel.reader.ReadableWorkbook book =
                new org.dhatim.fastexcel.reader.ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<org.dhatim.fastexcel.reader.Sheet> sheets = book.getSheets().toList();
            assertThat(sheets)
                    .extracting(org.dhatim.fastexcel.reader.Sheet::getName)
                    .contains("預算與實際", "KPI 達成情況", "調整建議", "會議決議");
            List<org.dhatim.fastexcel.reader.Row> budget = sheets.get(0).read();
            assertThat(budget.get(0).getCellText(0)).isEqualTo("層級/管道");
            assertThat(budget.get(1).getCellText(0)).isEqualTo("基礎穩健型");
            // money stays a number: foundation actual in August = the reports' 61,958 + 34,198 (they replace the
            // 5,000 entered by hand) + the agency's 30,000 fee
            assertThat(budget.get(1).getCellAsNumber(4).orElseThrow()).isEqualByComparingTo("126156");
            org.dhatim.fastexcel.reader.Sheet decisions = sheets.stream()
                    .filter(sh -> sh.getName().equals("會議決議"))
                    .findFirst()
                    .orElseThrow();
            assertThat(decisions.read().get(1).getCellText(2))
                    .isEqualTo("'=HYPERLINK(\"http://evil.example\") 把 Meta 預算移到 LINE");
        }

        byte[] pdf = PdfPack.write(
                "每月預算審查 · 2026年8月",
                "Baton",
                tables,
                a -> "NT$" + a.stripTrailingZeros().toPlainString());
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            // the text as written, no normalisation: 月 is the ideograph, not the Kangxi radical
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("每月預算審查 · 2026年8月", "基礎穩健型", "調整建議", "NT$126156", "把 Meta");
        }
    }

    @Test
    void kpi_settings_are_validated_and_only_founders_change_them() throws Exception {
        assertThat(companies.as(c.founder(), () -> settings.settings().targets()))
                .containsEntry(TrendKpi.LTV_CAC, KpiSettingsService.DEFAULT_LTV_CAC);
        assertRefused(
                () -> companies.run(
                        c.founder(),
                        () -> settings.save(-1, new TrendKpi.Assumptions(null, null, new BigDecimal("1.5")), Map.of())),
                "kpiSettings.marginAboveOne");
        assertRefused(
                () -> companies.run(
                        c.founder(),
                        () -> settings.save(-1, TrendKpi.Assumptions.NONE, Map.of(TrendKpi.CAC, new BigDecimal("-1")))),
                "kpiSettings.negative");
        assertRefused(
                () -> companies.run(c.successor(), () -> settings.save(-1, TrendKpi.Assumptions.NONE, Map.of())), null);
        KpiSettingsService.Settings saved = companies.as(
                c.founder(),
                () -> settings.save(
                        -1,
                        new TrendKpi.Assumptions(new BigDecimal("4"), new BigDecimal("3"), new BigDecimal("0.4")),
                        Map.of(TrendKpi.ROAS, new BigDecimal("3.5"))));
        assertRefused(
                () -> companies.run(c.founder(), () -> settings.save(-1, TrendKpi.Assumptions.NONE, Map.of())),
                "budget.changedConcurrently");
        DashboardService.Dashboard d =
                companies.as(c.successor(), () -> dashboards.dashboard(YEAR).orElseThrow());
        assertThat(d.settings().targets()).containsEntry(TrendKpi.ROAS, new BigDecimal("3.5"));
        // CLTV stands on the company's average order and purchase frequency: none without sales uploaded
        assertThat(d.overall().value(TrendKpi.CLTV, d.indexOf(AUGUST))).isNull();
        assertThat(saved.version()).isGreaterThanOrEqualTo(0);
    }

    private static BudgetActuals.Line line(DashboardService.Dashboard d, Tier tier, long channelId) {
        return d.table().channelsOf(tier).stream()
                .filter(l -> l.channelId() == channelId)
                .findFirst()
                .orElseThrow();
    }

    private static long statements(Statistics stats, ThrowingCallable action) throws Throwable {
        stats.clear();
        action.call();
        return stats.getPrepareStatementCount();
    }

    private static BigDecimal money(long amount) {
        return BigDecimal.valueOf(amount);
    }
}
