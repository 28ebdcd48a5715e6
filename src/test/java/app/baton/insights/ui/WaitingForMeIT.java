package app.baton.insights.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.BrowserlessTestBase;
import app.baton.TestCalendar;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.budgets.BudgetFixtures;
import app.baton.budgets.BudgetPlanQueryService;
import app.baton.budgets.BudgetRequestQueryService;
import app.baton.budgets.BudgetRequestService;
import app.baton.budgets.Tier;
import app.baton.experiments.ExperimentDetail;
import app.baton.experiments.ExperimentFixtures;
import app.baton.experiments.ExperimentRow;
import app.baton.experiments.ExperimentService;
import app.baton.experiments.Proposal;
import app.baton.insights.InsightsFixtures;
import app.baton.insights.MeetingService;
import app.baton.insights.WaitingService;
import app.baton.reports.ReviewService;
import app.baton.reports.ReviewStatus;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 等我決定 lists everything that waits for the signed-in person — a budget request, an experiment, a report to
 * review, a clarification the agency answered, a meeting left open — and the same count stands on the page, beside
 * the menu entry, and on the dashboard. The successor's list holds what waits for them; agencies are refused.
 */
class WaitingForMeIT extends BrowserlessTestBase {

    @Autowired
    Companies companies;

    @Autowired
    InsightsFixtures.Services insights;

    @Autowired
    BudgetPlanQueryService planQueries;

    @Autowired
    BudgetRequestService requests;

    @Autowired
    BudgetRequestQueryService requestQueries;

    @Autowired
    ExperimentService experiments;

    @Autowired
    app.baton.experiments.ExperimentQueryService queries;

    @Autowired
    ReviewService reviews;

    @Autowired
    app.baton.reports.ReportVersionQueryService reportVersions;

    @Autowired
    app.baton.reports.ReportStatusQueryService reportStatus;

    @Autowired
    MeetingService meetings;

    @Autowired
    WaitingService waiting;

    @Test
    void one_list_and_one_count_for_everything_that_waits() throws Exception {
        Company c = companies.create("waiting-all");
        InsightsFixtures.Setup setup = InsightsFixtures.setUp(insights, c);
        long changeCount = companies.as(
                c.successor(), () -> planQueries.plan(setup.planId()).changeCount());
        companies.as(
                c.successor(),
                () -> requests.submit(InsightsFixtures.move(
                        setup,
                        changeCount,
                        20_000,
                        Tier.FOUNDATION,
                        "META_ADS",
                        Tier.FOUNDATION,
                        "GOOGLE_ADS",
                        "Google Ads beats its ROAS target")));
        ExperimentDetail experiment = companies.as(
                c.successor(),
                () -> experiments.create(new Proposal(
                        "LINE friends",
                        "如果我們募集 LINE 好友，新客成本就會下降。",
                        setup.channel("LINE"),
                        app.baton.experiments.ExperimentMethod.PILOT,
                        InsightsFixtures.money(45_000),
                        LocalDate.of(InsightsFixtures.YEAR, 12, 1),
                        LocalDate.of(InsightsFixtures.YEAR, 12, 31),
                        ExperimentFixtures.proposal(new BudgetFixtures.ActivePlan(setup.planId(), setup.channels()), 1)
                                .metrics(),
                        null,
                        null)));
        ExperimentDetail submitted = companies.as(
                c.successor(), () -> experiments.submit(experiment.row().id(), experiment.version()));
        // the September report waits for review; August's meeting was opened and not closed
        companies.run(
                c.founder(),
                () -> meetings.decide(InsightsFixtures.AUGUST, MeetingService.DecisionKind.NOTE, null, "看 LINE 的成效"));

        WaitingService.Waiting founderWaits = companies.as(c.founder(), () -> waiting.forMe());
        assertThat(founderWaits.requests()).hasSize(1);
        assertThat(founderWaits.experiments()).extracting(ExperimentRow::title).containsExactly("LINE friends");
        assertThat(founderWaits.reports()).singleElement().satisfies(r -> {
            assertThat(r.month()).isEqualTo(InsightsFixtures.SEPTEMBER);
            assertThat(r.answered()).isFalse();
        });
        assertThat(founderWaits.meetings()).containsExactly(InsightsFixtures.AUGUST);
        assertThat(founderWaits.total()).isEqualTo(4);
        assertSameCountEverywhere(c, 4);
        // this month's open meeting and a past month's closed one wait for nobody, in the list and in the count
        companies.run(
                c.founder(),
                () -> meetings.decide(
                        YearMonth.from(TestCalendar.today()), MeetingService.DecisionKind.NOTE, null, "本月先記一筆"));
        companies.run(
                c.founder(),
                () -> meetings.close(
                        InsightsFixtures.SEPTEMBER, List.of(new MeetingService.Attendee(null, "林董")), null));
        assertThat(companies.as(c.founder(), () -> waiting.forMe()).meetings())
                .containsExactly(InsightsFixtures.AUGUST);
        assertSameCountEverywhere(c, 4);

        // asked to clarify, the report leaves the list; answered by the agency, it comes back as answered
        long versionId = founderWaits.reports().get(0).versionId();
        long version = companies.as(
                c.founder(), () -> reportVersions.version(versionId).version());
        companies.run(
                c.founder(),
                () -> reviews.review(versionId, version, ReviewStatus.CLARIFICATION_REQUESTED, "九月的點擊怎麼翻倍？"));
        assertThat(companies.as(c.founder(), () -> waiting.forMe()).reports()).isEmpty();
        assertThat(companies.as(c.founder(), () -> reportStatus.waitingForMeCount()))
                .isZero();
        assertThat(companies.as(c.founder(), () -> waiting.countForMe())).isEqualTo(3);
        companies.run(c.vendor(), () -> reviews.answer(versionId, null, "九月有週年慶活動。"));
        assertThat(companies.as(c.founder(), () -> waiting.forMe()).reports())
                .singleElement()
                .satisfies(r -> assertThat(r.answered()).isTrue());
        assertThat(companies.as(c.successor(), () -> waiting.forMe()).reports()).hasSize(1);
        assertSameCountEverywhere(c, 4);

        // the experiment sent back waits for the successor now, not for the founder
        companies.run(
                c.founder(), () -> experiments.requestChanges(submitted.row().id(), submitted.version(), "請寫清楚成功標準"));
        assertThat(companies.as(c.founder(), () -> waiting.forMe()).experiments())
                .isEmpty();
        WaitingService.Waiting successorWaits = companies.as(c.successor(), () -> waiting.forMe());
        assertThat(successorWaits.experiments())
                .singleElement()
                .satisfies(e -> assertThat(e.title()).isEqualTo("LINE friends"));
        assertThat(successorWaits.requests()).isEmpty();
        assertThat(companies.as(c.successor(), () -> waiting.countForMe())).isEqualTo(successorWaits.total());
        assertThat(companies.as(c.successor(), () -> queries.waitingForMeCount()))
                .isEqualTo(1);
        signInAs(c.successor());
        WaitingForMeView successorView = navigate(WaitingForMeView.class);
        assertThat($(H3.class, successorView).all()).extracting(H3::getText).containsExactly("成長實驗（1）", "外包商月報（1）");
        assertThat($(Anchor.class, successorView).all())
                .extracting(a -> a.getElement().getTextRecursively())
                .anyMatch(t -> t.contains("退回請修改"))
                .anyMatch(t -> t.contains("廠商已回覆您的提問"));

        assertRefused(WaitingForMeView.class, c.vendor());
        assertThat(companies.as(c.vendor(), () -> waiting.forMe()).total()).isZero();
    }

    private void assertSameCountEverywhere(Company c, int count) throws Exception {
        // the navigation's count is made apart from the lists (no rows): it must still be theirs, for each person
        for (var person : List.of(c.founder(), c.successor())) {
            WaitingService.Waiting lists = companies.as(person, () -> waiting.forMe());
            assertThat(companies.as(person, () -> waiting.countForMe())).isEqualTo(lists.total());
            assertThat(companies.as(person, () -> queries.waitingForMeCount()))
                    .isEqualTo(lists.experiments().size());
            assertThat(companies.as(person, () -> requestQueries.countWaitingForMe()))
                    .isEqualTo(lists.requests().size());
            assertThat(companies.as(person, () -> reportStatus.waitingForMeCount()))
                    .isEqualTo(lists.reports().size());
        }
        signInAs(c.founder());
        WaitingForMeView view = navigate(WaitingForMeView.class);
        assertThat($(H2.class, view).first().getText()).isEqualTo("等我決定（" + count + "）");
        assertThat($(Anchor.class, view).all()).hasSize(count);
        String navigation = $(com.vaadin.flow.component.html.Div.class)
                .withClassName("main-nav-host")
                .first()
                .getElement()
                .getProperty("innerHTML");
        assertThat(org.jsoup.Jsoup.parseBodyFragment(navigation).select(".nav-count"))
                .extracting(org.jsoup.nodes.Element::text)
                .contains(Integer.toString(count));
        DashboardView dashboard = navigate("dashboard", DashboardView.class);
        assertThat($(H3.class, dashboard).all()).extracting(H3::getText).contains("等我決定（" + count + "）");
    }
}
