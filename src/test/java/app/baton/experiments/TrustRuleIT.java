package app.baton.experiments;

import static app.baton.budgets.BudgetFixtures.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.baton.DatabaseTestBase;
import app.baton.DateSensitive;
import app.baton.MutableClock;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.TestFixtures.Person;
import app.baton.approvals.TrustRule;
import app.baton.audit.AuditService;
import app.baton.audit.AuditService.AuditFilter;
import app.baton.budgets.AuthorityChange;
import app.baton.budgets.AuthorityQueryService;
import app.baton.budgets.AuthorityQueryService.AuthorityStep;
import app.baton.budgets.AuthorityService;
import app.baton.budgets.AuthorityStepKind;
import app.baton.budgets.BudgetFixtures.ActivePlan;
import app.baton.budgets.BudgetFixtures.Budgets;
import app.baton.notifications.NotificationService;
import app.baton.shared.DomainException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The founder's trust rule on the real database: the third qualifying experiment raises the successor's limits, both
 * generations are told, the founder can undo it for seven days, and the next step rests on a new record.
 */
@DateSensitive
class TrustRuleIT extends DatabaseTestBase {

    @Autowired
    Companies companies;

    @Autowired
    Budgets budgets;

    @Autowired
    ExperimentService experiments;

    @Autowired
    TrackRecordService trackRecords;

    @Autowired
    AuthorityService authority;

    @Autowired
    AuthorityQueryService authorityQueries;

    @Autowired
    NotificationService notifications;

    @Autowired
    AuditService audit;

    @Autowired
    MutableClock clock;

    @Autowired
    app.baton.budgets.GuardrailService guardrails;

    Company c;
    ActivePlan plan;

    @BeforeEach
    void ruleAndLimits() throws Exception {
        c = companies.create("trust");
        plan = budgets.activePlan(c.founder());
        companies.run(c.founder(), () -> {
            authority.set(c.successor().userId(), -1, new AuthorityChange(money(10_000), money(20_000), "起步的授權額度"));
            authority.setRule(
                    -1,
                    new TrustRule(
                            true,
                            3,
                            new BigDecimal("66.67"),
                            new BigDecimal("50"),
                            money(100_000),
                            BigDecimal.ZERO,
                            BigDecimal.ZERO),
                    "三個實驗、三分之二達標，就放寬五成");
        });
        // experiments concluded after the limits were set count for the next step
        clock.advance(Duration.ofMinutes(1));
    }

    @Test
    void the_third_qualifying_experiment_raises_the_limits_and_the_founder_s_undo_restores_them() throws Exception {
        concluded("0.04");
        concluded("0.01"); // missed its conversion target: two of three still meet the rule's two thirds
        assertThat(perRequest()).isEqualByComparingTo("10000");
        AuthorityQueryService.NextStep next = nextStep();
        assertThat(next.progress().stillToConclude()).isEqualTo(1);
        assertThat(next.raise()).isNotNull();
        assertThat(next.raise().perRequest()).isEqualByComparingTo("15000");

        concluded("0.05");
        assertThat(perRequest()).isEqualByComparingTo("15000");
        assertThat(mine().monthly()).isEqualByComparingTo("30000");
        AuthorityStep raise = history().getFirst();
        assertThat(raise.kind()).isEqualTo(AuthorityStepKind.RAISED_BY_RULE);
        assertThat(raise.recordConcluded()).isEqualTo(3);
        assertThat(raise.recordMet()).isEqualTo(2);
        assertThat(raise.recordOverridden()).isZero();
        assertThat(raise.by()).isNull();
        assertThat(raise.undoable()).isTrue();
        // both generations are told, and the log keeps the record behind it
        assertThat(kinds(c.successor())).contains("AUTHORITY_RAISED_BY_RULE");
        assertThat(kinds(c.founder())).contains("AUTHORITY_RAISED_BY_RULE");
        assertThat(actions()).contains("AUTHORITY_RAISED_BY_RULE");
        // the next step starts from nothing
        assertThat(nextStep().progress().concluded()).isZero();

        clock.advance(Duration.ofDays(6));
        companies.run(c.founder(), () -> authority.undo(raise.id()));
        assertThat(perRequest()).isEqualByComparingTo("10000");
        assertThat(mine().monthly()).isEqualByComparingTo("20000");
        AuthorityStep undone = history().getFirst();
        assertThat(undone.undoneAt()).isNotNull();
        assertThat(undone.undoneBy()).isNotBlank();
        assertThat(undone.undoable()).isFalse();
        assertThat(actions()).contains("AUTHORITY_UNDONE");
        assertThat(kinds(c.successor())).contains("AUTHORITY_UNDONE");
        // the experiments that earned the undone raise do not raise it again
        concluded("0.04");
        assertThat(perRequest()).isEqualByComparingTo("10000");
    }

    @Test
    void after_seven_days_a_raise_can_no_longer_be_undone_only_lowered_by_hand() throws Exception {
        concluded("0.04");
        concluded("0.04");
        concluded("0.04");
        AuthorityStep raise = history().getFirst();
        assertThat(raise.kind()).isEqualTo(AuthorityStepKind.RAISED_BY_RULE);
        clock.advance(Duration.ofDays(7).plusSeconds(1));
        assertThat(history().getFirst().undoable()).isFalse();
        assertThatThrownBy(() -> companies.run(c.founder(), () -> authority.undo(raise.id())))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("authority.undo.expired");
        assertThatThrownBy(() -> companies.run(c.successor(), () -> authority.undo(raise.id())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(perRequest()).isEqualByComparingTo("15000");
    }

    @Test
    void the_experiment_tier_s_cap_follows_the_same_step_within_the_founder_s_ceiling_and_the_undo() throws Exception {
        companies.run(
                c.founder(),
                () -> authority.setRule(
                        authorityQueries.rule().version(),
                        new TrustRule(
                                true,
                                3,
                                new BigDecimal("66.67"),
                                new BigDecimal("50"),
                                money(100_000),
                                new BigDecimal("5"),
                                new BigDecimal("18")),
                        "實驗型預算跟著信任一起放寬"));
        clock.advance(Duration.ofMinutes(1));
        assertThat(cap()).isEqualByComparingTo("15");
        concluded("0.04");
        concluded("0.04");
        concluded("0.04");
        // 15 % + 5 points, but never past the founder's 18 %
        assertThat(cap()).isEqualByComparingTo("18");
        AuthorityStep raise = history().getFirst();
        assertThat(raise.capBeforePct()).isEqualByComparingTo("15");
        assertThat(raise.capAfterPct()).isEqualByComparingTo("18");
        companies.run(c.founder(), () -> authority.undo(raise.id()));
        assertThat(cap()).isEqualByComparingTo("15");
        assertThat(perRequest()).isEqualByComparingTo("10000");
    }

    private BigDecimal cap() throws Exception {
        return companies.as(c.founder(), () -> guardrails.current().values().experimentCapPct());
    }

    @Test
    void an_inactive_rule_raises_nothing_and_a_strong_record_is_only_suggested() throws Exception {
        companies.run(
                c.founder(),
                () -> authority.setRule(
                        authorityQueries.rule().version(),
                        new TrustRule(
                                false,
                                3,
                                new BigDecimal("66.67"),
                                new BigDecimal("50"),
                                money(100_000),
                                BigDecimal.ZERO,
                                BigDecimal.ZERO),
                        "先暫停"));
        clock.advance(Duration.ofMinutes(1));
        concluded("0.04");
        concluded("0.04");
        concluded("0.04");
        assertThat(perRequest()).isEqualByComparingTo("10000");
        assertThat(history()).extracting(AuthorityStep::kind).containsExactly(AuthorityStepKind.SET);
    }

    /** One experiment of the successor's, approved, run and concluded (STOP) with this conversion rate. */
    private void concluded(String cr) throws Exception {
        ExperimentFixtures.concluded(companies, c, experiments, plan, cr);
    }

    private AuthorityQueryService.SuccessorAuthority mine() throws Exception {
        return companies.as(c.successor(), () -> authorityQueries.successors().getFirst());
    }

    private BigDecimal perRequest() throws Exception {
        return mine().perRequest();
    }

    private AuthorityQueryService.NextStep nextStep() throws Exception {
        return companies.as(
                c.founder(),
                () -> authorityQueries.nextStep(
                        c.successor().userId(),
                        trackRecords.concluded(c.successor().userId())));
    }

    private List<AuthorityStep> history() throws Exception {
        return companies.as(
                c.founder(), () -> authorityQueries.history(c.successor().userId()));
    }

    private List<String> kinds(Person person) throws Exception {
        return companies.as(person, () -> notifications.mine(50)).stream()
                .map(NotificationService.NotificationView::kind)
                .toList();
    }

    private List<String> actions() throws Exception {
        return companies.as(c.founder(), () -> audit.search(AuditFilter.none(), 0, 200)).stream()
                .map(AuditService.AuditEntry::action)
                .toList();
    }
}
