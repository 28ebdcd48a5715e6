package app.baton.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.baton.DatabaseTestBase;
import app.baton.MutableClock;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.audit.AuditService;
import app.baton.audit.AuditService.AuditFilter;
import app.baton.budgets.BudgetFixtures.Budgets;
import app.baton.insights.internal.GoalSheetRepository;
import app.baton.shared.DomainException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Goals both generations sign, on the real database: a version the successor drafts is not in force until the founder
 * signs it; a change is a new version and each month is measured against the version in force that month; both
 * signatures are audited; an agency and another company reach none of it.
 */
class GoalSheetIT extends DatabaseTestBase {

    @Autowired
    Companies companies;

    @Autowired
    Budgets budgets;

    @Autowired
    GoalService goals;

    @Autowired
    GoalQueryService queries;

    @Autowired
    KpiSettingsService kpiSettings;

    @Autowired
    AuditService audit;

    @Autowired
    app.baton.notifications.NotificationService notifications;

    @Autowired
    GoalSheetRepository rows;

    @Autowired
    MutableClock clock;

    Company c;
    YearMonth thisMonth;

    @BeforeEach
    void company() {
        c = companies.create("goals");
        thisMonth = YearMonth.now(clock.withZone(ZoneId.of("Asia/Taipei")));
    }

    @Test
    void a_goal_sheet_the_successor_drafts_is_not_in_force_until_the_founder_signs() throws Exception {
        GoalVersion drafted = companies.as(c.successor(), () -> goals.draft(sheet(thisMonth, "1500", "12")));
        assertThat(drafted.successorSignedBy()).isNotNull();
        assertThat(drafted.founderSignedBy()).isNull();
        assertThat(drafted.agreed()).isFalse();
        assertThat(companies.as(c.founder(), () -> queries.inForce(thisMonth))).isEmpty();
        assertThat(companies.as(c.founder(), () -> queries.targetsFor(thisMonth)))
                .isEmpty();
        // the successor cannot sign for the founder
        assertRefused(
                () -> companies.as(c.successor(), () -> goals.sign(drafted.id(), drafted.version())),
                "goals.alreadySigned");

        GoalVersion signed = companies.as(c.founder(), () -> goals.sign(drafted.id(), drafted.version()));
        assertThat(signed.agreed()).isTrue();
        assertThat(signed.inForce()).isTrue();
        assertThat(companies.as(c.founder(), () -> queries.targetsFor(thisMonth)))
                .containsEntry(TrendKpi.CAC, new BigDecimal("1500"))
                .containsEntry(TrendKpi.CR, new BigDecimal("0.12"));
        assertThat(actions()).contains("GOALS_DRAFTED", "GOALS_AGREED");
        // the founder was asked to sign; the successor hears that it is agreed
        assertThat(kinds(c.founder())).contains("GOALS_DRAFTED");
        assertThat(kinds(c.successor())).contains("GOALS_AGREED").doesNotContain("GOALS_DRAFTED");
    }

    @Test
    void a_change_is_a_new_version_and_each_month_is_measured_against_the_version_in_force_then() throws Exception {
        GoalVersion first = agreed(sheet(thisMonth, "1500", "12"));
        // the founder drafts a stricter CAC from three months on; until the successor signs, the first one holds
        GoalVersion second = companies.as(c.founder(), () -> goals.draft(sheet(thisMonth.plusMonths(3), "1200", "12")));
        assertThat(second.number()).isEqualTo(first.number() + 1);
        assertThat(companies.as(c.founder(), () -> queries.inForce(thisMonth.plusMonths(4))))
                .hasValueSatisfying(v -> assertThat(v.number()).isEqualTo(first.number()));
        companies.as(c.successor(), () -> goals.sign(second.id(), second.version()));
        List<YearMonth> months =
                List.of(thisMonth, thisMonth.plusMonths(2), thisMonth.plusMonths(3), thisMonth.plusMonths(5));
        List<BigDecimal> cac = companies.as(c.founder(), () -> queries.targetsFor(months, java.util.Map.of())).stream()
                .map(t -> t.get(TrendKpi.CAC))
                .toList();
        assertThat(cac)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(
                        new BigDecimal("1500"), new BigDecimal("1500"), new BigDecimal("1200"), new BigDecimal("1200"));
        // the old version is kept, unchanged, beside the new one
        assertThat(companies.as(c.founder(), () -> queries.versions()))
                .extracting(v -> v.sheet().cac().intValue())
                .containsExactly(1200, 1500);
        // a month before any agreed version falls back to the KPI settings
        assertThat(companies.as(
                        c.founder(),
                        () -> queries.targetsFor(
                                List.of(thisMonth.minusMonths(1)),
                                kpiSettings.settings().targets())))
                .singleElement()
                .satisfies(t -> assertThat(t).doesNotContainKey(TrendKpi.CAC).containsKey(TrendKpi.LTV_CAC));
    }

    @Test
    void goals_are_validated_and_an_agency_neither_reads_nor_signs_them() throws Exception {
        GoalSheet negative = new GoalSheet(
                thisMonth, null, -1, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null);
        assertRefused(() -> companies.as(c.successor(), () -> goals.draft(negative)), "goals.notNegative");
        GoalSheet noMonth = new GoalSheet(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null);
        assertRefused(() -> companies.as(c.successor(), () -> goals.draft(noMonth)), "goals.inForceFromRequired");
        GoalVersion drafted = companies.as(c.successor(), () -> goals.draft(sheet(thisMonth, "1500", "12")));
        assertThatThrownBy(() -> companies.as(c.vendor(), () -> queries.versions()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> companies.as(c.vendor(), () -> goals.sign(drafted.id(), drafted.version())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void another_company_neither_sees_nor_signs_this_company_s_goals() throws Exception {
        GoalVersion ours = companies.as(c.successor(), () -> goals.draft(sheet(thisMonth, "1500", "12")));
        Company other = companies.create("goals-other");
        assertThat(companies.as(other.founder(), () -> queries.versions())).isEmpty();
        assertRefused(
                () -> companies.as(other.founder(), () -> goals.sign(ours.id(), ours.version())), "goals.notFound");
        companies.run(
                other.founder(), () -> assertThat(rows.findById(ours.id())).isEmpty());
        // B's own first version is number 1: numbers are per company
        assertThat(companies.as(
                        other.successor(),
                        () -> goals.draft(sheet(thisMonth, "900", "5")).number()))
                .isEqualTo(1);
        assertThat(companies.as(c.founder(), () -> queries.versions()))
                .singleElement()
                .satisfies(v -> assertThat(v.founderSignedBy()).isNull());
    }

    private GoalVersion agreed(GoalSheet sheet) throws Exception {
        GoalVersion drafted = companies.as(c.successor(), () -> goals.draft(sheet));
        return companies.as(c.founder(), () -> goals.sign(drafted.id(), drafted.version()));
    }

    private static GoalSheet sheet(YearMonth from, String cac, String crPct) {
        return new GoalSheet(
                from,
                new BigDecimal("15"),
                120,
                3000,
                400,
                new BigDecimal("85"),
                20000,
                new BigDecimal(cac),
                new BigDecimal("4"),
                new BigDecimal("150"),
                new BigDecimal(crPct),
                new BigDecimal("3"),
                6,
                6,
                12,
                4,
                4,
                "第一季以新客為主");
    }

    private List<String> kinds(app.baton.TestFixtures.Person person) throws Exception {
        return companies.as(person, () -> notifications.mine(20)).stream()
                .map(app.baton.notifications.NotificationService.NotificationView::kind)
                .toList();
    }

    private List<String> actions() throws Exception {
        return companies.as(c.founder(), () -> audit.search(AuditFilter.none(), 0, 100)).stream()
                .map(AuditService.AuditEntry::action)
                .toList();
    }

    private static void assertRefused(ThrowingCallable action, String key) {
        assertThatThrownBy(action)
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo(key);
    }
}
