package app.baton.experiments;

import static app.baton.experiments.ExperimentFixtures.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.baton.DatabaseTestBase;
import app.baton.DateSensitive;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.budgets.BudgetFixtures.ActivePlan;
import app.baton.budgets.BudgetFixtures.Budgets;
import app.baton.budgets.ChannelKind;
import app.baton.budgets.ChannelService;
import app.baton.insights.GoalService;
import app.baton.insights.GoalSheet;
import app.baton.insights.GoalVersion;
import app.baton.shared.DomainException;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A slow channel that promises fast results is flagged (「快速見效…應該引起高度警覺」), on the real database: a
 * six-week test on SEO is flagged against the seeds' six months, not once the agreed goals give SEO one month; a
 * search-ads test never is; the founder sets a channel's kind (audited), an agency cannot, and another company
 * cannot reach this company's channels.
 */
@DateSensitive
class TimeToImpactIT extends DatabaseTestBase {

    @Autowired
    Companies companies;

    @Autowired
    Budgets budgets;

    @Autowired
    ExperimentQueryService queries;

    @Autowired
    ChannelService channels;

    @Autowired
    GoalService goals;

    Company c;
    ActivePlan plan;

    @BeforeEach
    void activePlan() throws Exception {
        c = companies.create("impact");
        plan = budgets.activePlan(c.founder());
    }

    @Test
    void a_six_week_test_on_seo_is_flagged_until_the_agreed_goals_say_seo_shows_within_a_month() throws Exception {
        long seo = plan.channels().get("SEO");
        long googleAds = plan.channels().get("GOOGLE_ADS");
        BigDecimal budget = new BigDecimal("20000");
        ProposalCheck onSeo = companies.as(c.successor(), () -> queries.check(budget, START, START.plusWeeks(6), seo));
        assertThat(onSeo.slowChannel()).isEqualTo(new ProposalCheck.SlowChannel(ChannelKind.SEO, 6));
        // six months or more on SEO is not a fast promise
        assertThat(companies
                        .as(c.successor(), () -> queries.check(budget, START, START.plusMonths(6), seo))
                        .slowChannel())
                .isNull();
        // search ads show within weeks
        assertThat(companies
                        .as(c.successor(), () -> queries.check(budget, START, START.plusWeeks(6), googleAds))
                        .slowChannel())
                .isNull();
        // without a channel (the old form) nothing is flagged
        assertThat(companies
                        .as(c.successor(), () -> queries.check(budget, START, START.plusWeeks(6)))
                        .slowChannel())
                .isNull();

        // the agreed goals say this family's SEO shows within a month: the same test is no longer a fast promise
        GoalVersion draft = companies.as(
                c.successor(),
                () -> goals.draft(new GoalSheet(
                        YearMonth.from(START),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        1,
                        6,
                        12,
                        4,
                        4,
                        null,
                        java.util.List.of())));
        ProposalCheck notAgreedYet =
                companies.as(c.founder(), () -> queries.check(budget, START, START.plusWeeks(6), seo));
        assertThat(notAgreedYet.slowChannel()).isNotNull();
        companies.run(c.founder(), () -> goals.sign(draft.id(), draft.version()));
        assertThat(companies
                        .as(c.founder(), () -> queries.check(budget, START, START.plusWeeks(6), seo))
                        .slowChannel())
                .isNull();
    }

    @Test
    void the_founder_sets_a_channel_s_kind_and_no_one_else_reaches_it() throws Exception {
        ChannelService.ChannelView own = companies.as(c.founder(), () -> channels.add("部落格經營"));
        assertThat(own.kind()).isEqualTo(ChannelKind.OTHER);
        ChannelService.ChannelView content =
                companies.as(c.founder(), () -> channels.setKind(own.id(), ChannelKind.CONTENT));
        assertThat(content.kind()).isEqualTo(ChannelKind.CONTENT);
        assertThat(companies
                        .as(
                                c.successor(),
                                () -> queries.check(new BigDecimal("5000"), START, START.plusWeeks(2), own.id()))
                        .slowChannel())
                .isEqualTo(new ProposalCheck.SlowChannel(ChannelKind.CONTENT, 6));
        // the successor and an agency may not; another company does not find the channel
        assertThatThrownBy(() -> companies.as(c.successor(), () -> channels.setKind(own.id(), ChannelKind.SEO)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> companies.as(c.vendor(), () -> channels.setKind(own.id(), ChannelKind.SEO)))
                .isInstanceOf(AccessDeniedException.class);
        Company other = companies.create("impact-other");
        assertThatThrownBy(() -> companies.as(other.founder(), () -> channels.setKind(own.id(), ChannelKind.SEO)))
                .isInstanceOf(DomainException.class);
        assertThat(companies.as(c.founder(), () -> channels.channels()).stream()
                        .filter(ch -> ch.id() == own.id())
                        .findFirst()
                        .orElseThrow()
                        .kind())
                .isEqualTo(ChannelKind.CONTENT);
    }
}
