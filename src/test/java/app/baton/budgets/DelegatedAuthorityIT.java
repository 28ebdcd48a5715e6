package app.baton.budgets;

import static app.baton.budgets.BudgetFixtures.YEAR;
import static app.baton.budgets.BudgetFixtures.money;
import static app.baton.budgets.BudgetFixtures.move;
import static app.baton.budgets.BudgetRequestServiceIT.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.baton.DatabaseTestBase;
import app.baton.MutableClock;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.TestFixtures.Person;
import app.baton.approvals.TrustRule;
import app.baton.audit.AuditService;
import app.baton.audit.AuditService.AuditFilter;
import app.baton.budgets.AuthorityQueryService.SuccessorAuthority;
import app.baton.budgets.BudgetFixtures.ActivePlan;
import app.baton.budgets.BudgetFixtures.Budgets;
import app.baton.budgets.internal.AuthorityStepRepository;
import app.baton.budgets.internal.DelegatedAuthorityRepository;
import app.baton.budgets.internal.TrustRuleRepository;
import app.baton.notifications.NotificationService;
import app.baton.security.MembershipRole;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Each successor's own delegated authority on the real database: a per-request limit and a monthly total that
 * catches a large move split into small requests, set and lowered by a founder at once, read by the pair, and kept
 * per company.
 */
class DelegatedAuthorityIT extends DatabaseTestBase {

    @Autowired
    Companies companies;

    @Autowired
    Budgets budgets;

    @Autowired
    BudgetRequestService requests;

    @Autowired
    BudgetRequestQueryService requestQueries;

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
    DelegatedAuthorityRepository authorityRows;

    @Autowired
    AuthorityStepRepository stepRows;

    @Autowired
    TrustRuleRepository ruleRows;

    Company c;
    ActivePlan plan;

    @BeforeEach
    void activePlan() throws Exception {
        c = companies.create("authority");
        plan = budgets.activePlan(c.founder());
    }

    @Test
    void a_large_move_split_into_small_requests_is_caught_by_the_monthly_total() throws Exception {
        set(c.successor(), 25_000, 50_000, "先試兩個月");
        assertThat(submit(moveInMonth(20_000, 5)).row().delegated()).isTrue();
        assertThat(submit(moveInMonth(20_000, 6)).row().delegated()).isTrue();
        // each is under the per-request limit, but the third would take the month to 60,000 of 50,000
        RequestPreview third = companies.as(c.successor(), () -> requestQueries.preview(moveInMonth(20_000, 7)));
        assertThat(third.approvedByDelegation()).isFalse();
        assertThat(third.monthlyTotalReached()).isTrue();
        RequestDetail waiting = submit(moveInMonth(20_000, 7));
        assertThat(waiting.row().status()).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(waiting.row().delegated()).isFalse();
        SuccessorAuthority now = mine();
        assertThat(now.usedThisMonth()).isEqualByComparingTo("40000");
        assertThat(now.leftThisMonth()).isEqualByComparingTo("10000");
        // what is left still moves on its own
        assertThat(submit(moveInMonth(10_000, 8)).row().delegated()).isTrue();
        // a new calendar month starts a new total
        clock.advance(Duration.ofDays(32));
        assertThat(submit(moveInMonth(20_000, 9)).row().delegated()).isTrue();
        assertThat(mine().usedThisMonth()).isEqualByComparingTo("20000");
    }

    @Test
    void without_limits_of_their_own_a_successor_has_the_guardrails_limit_for_a_request_and_for_the_month()
            throws Exception {
        budgets.guardrails(c.founder(), withDelegatedLimit(15_000));
        SuccessorAuthority start = mine();
        assertThat(start.own()).isFalse();
        assertThat(start.perRequest()).isEqualByComparingTo("15000");
        assertThat(start.monthly()).isEqualByComparingTo("15000");
        assertThat(submit(moveInMonth(10_000, 5)).row().delegated()).isTrue();
        assertThat(submit(moveInMonth(10_000, 6)).row().delegated()).isFalse();
    }

    @Test
    void a_founder_sets_and_lowers_each_successor_s_limits_at_once_with_a_reason_and_both_are_told() throws Exception {
        Person second = companies.addPerson(c, "second-successor", MembershipRole.SUCCESSOR);
        set(c.successor(), 30_000, 60_000, "第一季表現穩定");
        assertThat(companies.as(c.founder(), () -> authorityQueries.successors()))
                .extracting(SuccessorAuthority::userId, a -> a.perRequest().intValue())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(c.successor().userId(), 30_000),
                        org.assertj.core.groups.Tuple.tuple(second.userId(), 0));
        // lowering is immediate
        set(c.successor(), 5_000, 5_000, "先收回，等新品上市後再談");
        assertThat(submit(moveInMonth(10_000, 5)).row().delegated()).isFalse();
        assertThat(companies.as(
                        c.founder(),
                        () -> authorityQueries.history(c.successor().userId())))
                .extracting(s -> s.perRequestAfter().intValue(), AuthorityQueryService.AuthorityStep::basis)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(5_000, "先收回，等新品上市後再談"),
                        org.assertj.core.groups.Tuple.tuple(30_000, "第一季表現穩定"));
        assertThat(kinds(c.successor())).contains("AUTHORITY_SET");
        assertThat(actions()).contains("AUTHORITY_SET");
        // a successor sees only their own
        assertThat(companies.as(second, () -> authorityQueries.successors()))
                .extracting(SuccessorAuthority::userId)
                .containsExactly(second.userId());
        assertRefused(
                () -> companies.as(
                        second, () -> authorityQueries.history(c.successor().userId())),
                "authority.notFound");
    }

    @Test
    void the_limits_are_refused_without_a_reason_below_the_request_limit_or_from_an_outdated_page() throws Exception {
        long version = mine().version();
        assertRefused(() -> setAs(c.founder(), version, 10_000, 20_000, " "), "authority.reasonRequired");
        assertRefused(() -> setAs(c.founder(), version, 10_000, 5_000, "x"), "authority.monthlyBelowPerRequest");
        assertRefused(() -> setAs(c.founder(), version, -1, 5_000, "x"), "money.negative");
        set(c.successor(), 10_000, 20_000, "first");
        assertRefused(() -> setAs(c.founder(), version, 20_000, 40_000, "stale page"), "authority.changed");
        assertRefused(
                () -> companies.run(
                        c.founder(),
                        () -> authority.set(c.founder().userId(), -1, new AuthorityChange(money(1), money(1), "x"))),
                "authority.notSuccessor");
        assertThat(companies.as(c.founder(), () -> stepRows.count())).isEqualTo(1);
    }

    @Test
    void only_a_founder_changes_authority_or_the_rule_and_an_agency_reads_none_of_it() throws Exception {
        assertThatThrownBy(() -> setAs(c.successor(), -1, 1_000_000, 1_000_000, "myself"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> companies.run(c.successor(), () -> authority.setRule(-1, rule(), "myself")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> companies.as(c.vendor(), () -> authorityQueries.successors()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> companies.as(c.vendor(), () -> authorityQueries.rule()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_rule_is_validated_and_versioned() throws Exception {
        TrustRule noExperiments = new TrustRule(
                true, 0, new BigDecimal("66.67"), new BigDecimal("50"), money(1), BigDecimal.ZERO, BigDecimal.ZERO);
        assertRefused(
                () -> companies.run(c.founder(), () -> authority.setRule(-1, noExperiments, "x")),
                "authority.rule.experimentsRange");
        assertRefused(
                () -> companies.run(c.founder(), () -> authority.setRule(-1, rule(), " ")), "authority.reasonRequired");
        companies.run(c.founder(), () -> authority.setRule(-1, rule(), "三次實驗後放寬"));
        AuthorityQueryService.CurrentRule current = companies.as(c.successor(), () -> authorityQueries.rule());
        assertThat(current.rule().active()).isTrue();
        assertThat(current.rule().ceiling()).isEqualByComparingTo("100000");
        assertRefused(
                () -> companies.run(c.founder(), () -> authority.setRule(-1, rule(), "again")), "authority.changed");
        assertThat(actions()).contains("TRUST_RULE_CHANGED");
    }

    @Test
    void another_company_neither_sees_nor_changes_this_company_s_authority_steps_or_rule() throws Exception {
        set(c.successor(), 10_000, 20_000, "ours");
        companies.run(c.founder(), () -> authority.setRule(-1, rule(), "ours"));
        Company other = companies.create("authority-other");
        // B's founder sees only B's successor, not A's, even by id
        assertThat(companies.as(other.founder(), () -> authorityQueries.successors()))
                .extracting(SuccessorAuthority::userId)
                .containsExactly(other.successor().userId());
        assertRefused(
                () -> companies.as(
                        other.founder(),
                        () -> authorityQueries.history(c.successor().userId())),
                "authority.notFound");
        assertRefused(
                () -> companies.run(
                        other.founder(),
                        () -> authority.set(c.successor().userId(), -1, new AuthorityChange(money(1), money(1), "x"))),
                "authority.notSuccessor");
        long ourStep = companies
                .as(c.founder(), () -> authorityQueries.history(c.successor().userId()))
                .getFirst()
                .id();
        assertRefused(() -> companies.run(other.founder(), () -> authority.undo(ourStep)), "authority.notFound");
        // B's rule is B's own: still the suggestion, and setting it leaves A's alone
        assertThat(companies.as(other.founder(), () -> authorityQueries.rule().version()))
                .isEqualTo(-1);
        companies.run(
                other.founder(),
                () -> authority.setRule(
                        -1,
                        new TrustRule(
                                false,
                                5,
                                new BigDecimal("100"),
                                new BigDecimal("10"),
                                money(5),
                                BigDecimal.ZERO,
                                BigDecimal.ZERO),
                        "theirs"));
        assertThat(companies.as(
                        c.founder(), () -> authorityQueries.rule().rule().experiments()))
                .isEqualTo(3);
        assertThat(companies.as(c.successor(), () -> mine().perRequest())).isEqualByComparingTo("10000");
        // the rows themselves: B's session finds none of A's
        companies.run(other.founder(), () -> {
            assertThat(authorityRows.findAll()).isEmpty();
            assertThat(stepRows.findById(ourStep)).isEmpty();
            assertThat(ruleRows.findAll())
                    .singleElement()
                    .satisfies(r -> assertThat(r.rule().experiments()).isEqualTo(5));
        });
    }

    static TrustRule rule() {
        return new TrustRule(
                true,
                3,
                new BigDecimal("66.67"),
                new BigDecimal("50"),
                money(100_000),
                BigDecimal.ZERO,
                BigDecimal.ZERO);
    }

    private SuccessorAuthority mine() throws Exception {
        return companies.as(c.successor(), () -> authorityQueries.successors().getFirst());
    }

    private void set(Person successor, long perRequest, long monthly, String reason) throws Exception {
        long version = companies.as(c.founder(), () -> authorityQueries.successors()).stream()
                .filter(a -> a.userId() == successor.userId())
                .findFirst()
                .orElseThrow()
                .version();
        companies.run(
                c.founder(),
                () -> authority.set(
                        successor.userId(), version, new AuthorityChange(money(perRequest), money(monthly), reason)));
    }

    private void setAs(Person person, long version, long perRequest, long monthly, String reason) throws Exception {
        companies.run(
                person,
                () -> authority.set(
                        c.successor().userId(),
                        version,
                        new AuthorityChange(money(perRequest), money(monthly), reason)));
    }

    private RequestCommand moveInMonth(long amount, int month) throws Exception {
        return move(
                plan,
                budgets.changeCount(c.founder(), plan.id()),
                amount,
                Tier.FOUNDATION,
                "GOOGLE_ADS",
                Tier.FOUNDATION,
                "META_ADS",
                YearMonth.of(YEAR, month));
    }

    private RequestDetail submit(RequestCommand command) throws Exception {
        return companies.as(c.successor(), () -> requests.submit(command));
    }

    private static Guardrails withDelegatedLimit(long limit) {
        Guardrails d = Guardrails.defaults();
        return new Guardrails(
                d.experimentCapPct(),
                d.maxPerExperiment(),
                d.minReservePct(),
                money(limit),
                d.multiFounderPolicy(),
                d.multiFounderThreshold(),
                false);
    }

    private List<String> kinds(Person person) throws Exception {
        return companies.as(person, () -> notifications.mine(50)).stream()
                .map(NotificationService.NotificationView::kind)
                .toList();
    }

    private List<String> actions() throws Exception {
        return companies.as(c.founder(), () -> audit.search(AuditFilter.none(), 0, 100)).stream()
                .map(AuditService.AuditEntry::action)
                .toList();
    }
}
