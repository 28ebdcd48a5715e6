package app.baton.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.baton.DatabaseTestBase;
import app.baton.MutableClock;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.TestFixtures.Person;
import app.baton.audit.AuditService;
import app.baton.audit.AuditService.AuditFilter;
import app.baton.budgets.BudgetFixtures.Budgets;
import app.baton.insights.internal.GoalSheetRepository;
import app.baton.security.MembershipRole;
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
    WaitingService waiting;

    @Autowired
    app.baton.tenancy.MembershipService memberships;

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
    void a_version_to_sign_waits_on_the_other_generation_s_list_until_it_is_signed_or_overtaken() throws Exception {
        GoalVersion first = companies.as(c.successor(), () -> goals.draft(sheet(thisMonth, "1500", "12")));
        assertThat(companies.as(c.founder(), () -> waiting.forMe().goals()))
                .extracting(GoalVersion::id)
                .containsExactly(first.id());
        assertThat(companies.as(c.founder(), () -> waiting.countForMe())).isEqualTo(1);
        assertThat(companies.as(c.successor(), () -> waiting.forMe().goals())).isEmpty();
        // the successor drafts again before the founder signed: both wait, oldest first
        GoalVersion second = companies.as(c.successor(), () -> goals.draft(sheet(thisMonth, "1400", "12")));
        assertThat(companies.as(c.founder(), () -> queries.waitingForMe()))
                .extracting(GoalVersion::id)
                .containsExactly(first.id(), second.id());
        // signing the newer one agrees it, and the older draft is overtaken: nothing waits any more
        companies.as(c.founder(), () -> goals.sign(second.id(), second.version()));
        assertThat(companies.as(c.founder(), () -> waiting.forMe().goals())).isEmpty();
        assertThat(companies.as(c.founder(), () -> waiting.countForMe())).isZero();
    }

    @Test
    void a_company_without_a_successor_agrees_its_goals_by_the_founder_alone_until_a_successor_joins()
            throws Exception {
        Company solo = companies.create("goals-solo");
        companies.run(
                solo.founder(),
                () -> memberships.members().stream()
                        .filter(m -> m.role() == MembershipRole.SUCCESSOR)
                        .forEach(m -> memberships.remove(m.membershipId())));
        GoalVersion alone = companies.as(solo.founder(), () -> goals.draft(sheet(thisMonth, "1500", "12")));
        assertThat(alone.agreed()).isTrue();
        assertThat(alone.founderAlone()).isTrue();
        assertThat(alone.successorSignedBy()).isNull();
        assertThat(companies.as(solo.founder(), () -> queries.targetsFor(thisMonth)))
                .containsEntry(TrendKpi.CAC, new BigDecimal("1500"));
        assertThat(companies.as(solo.founder(), () -> audit.search(AuditFilter.none(), 0, 50)).stream()
                        .map(AuditService.AuditEntry::action))
                .contains("GOALS_AGREED");

        // a successor joins: what was agreed stays agreed, and the next version needs both signatures
        Person heir = companies.addPerson(solo, "heir", MembershipRole.SUCCESSOR);
        assertRefused(() -> companies.as(heir, () -> goals.sign(alone.id(), alone.version())), "goals.alreadySigned");
        GoalVersion next =
                companies.as(solo.founder(), () -> goals.draft(sheet(thisMonth.plusMonths(1), "1300", "12")));
        assertThat(next.agreed()).isFalse();
        assertThat(next.founderAlone()).isFalse();
        assertThat(companies.as(heir, () -> waiting.forMe().goals()))
                .extracting(GoalVersion::id)
                .containsExactly(next.id());
        assertThat(companies.as(solo.founder(), () -> queries.inForce(thisMonth.plusMonths(1))))
                .hasValueSatisfying(v -> assertThat(v.id()).isEqualTo(alone.id()));
        assertThat(companies
                        .as(heir, () -> goals.sign(next.id(), next.version()))
                        .agreed())
                .isTrue();
    }

    @Test
    void a_channel_s_own_targets_are_kept_with_its_version_and_only_this_company_s_channels_are_taken()
            throws Exception {
        app.baton.budgets.BudgetFixtures.ActivePlan plan = budgets.activePlan(c.founder());
        long line = plan.channel("LINE");
        long meta = plan.channel("META_ADS");
        GoalSheet withChannels = sheet(thisMonth, "1500", "12")
                .withChannels(List.of(
                        new ChannelGoal(line, null, new BigDecimal("1.5"), null, new BigDecimal("2"), null),
                        // a row left empty in the form is not kept
                        new ChannelGoal(meta, null, null, null, null, null)));
        GoalVersion first = agreed(withChannels);
        assertThat(first.sheet().channels()).singleElement().satisfies(g -> {
            assertThat(g.channelId()).isEqualTo(line);
            assertThat(g.roas()).isEqualByComparingTo("1.5");
        });
        assertThat(companies.as(c.founder(), () -> queries.channelTargetsFor(thisMonth)))
                .containsOnlyKeys(line)
                .satisfies(t -> assertThat(t.get(line))
                        .containsEntry(TrendKpi.ROAS, new BigDecimal("1.5"))
                        .containsEntry(TrendKpi.ROAS_VERIFIED, new BigDecimal("1.5"))
                        .containsEntry(TrendKpi.CR, new BigDecimal("0.02")));
        // the next version without them: from its month on none, the month before keeps the first version's
        GoalVersion second = companies.as(c.founder(), () -> goals.draft(sheet(thisMonth.plusMonths(2), "1500", "12")));
        companies.run(c.successor(), () -> goals.sign(second.id(), second.version()));
        assertThat(companies.as(c.founder(), () -> queries.channelTargetsFor(thisMonth.plusMonths(2))))
                .isEmpty();
        assertThat(companies.as(c.founder(), () -> queries.channelTargetsFor(thisMonth.plusMonths(1))))
                .containsOnlyKeys(line);

        // a channel named twice, or another company's channel, is refused and nothing is written
        int versionsBefore = companies.as(c.founder(), () -> queries.versions()).size();
        assertRefused(
                () -> companies.as(
                        c.successor(),
                        () -> goals.draft(sheet(thisMonth, "1500", "12")
                                .withChannels(List.of(
                                        new ChannelGoal(line, BigDecimal.TEN, null, null, null, null),
                                        new ChannelGoal(line, null, BigDecimal.ONE, null, null, null))))),
                "goals.channels.twice");
        Company other = companies.create("goals-channels-other");
        long theirs = budgets.activePlan(other.founder()).channel("LINE");
        assertRefused(
                () -> companies.as(
                        c.successor(),
                        () -> goals.draft(sheet(thisMonth, "1500", "12")
                                .withChannels(
                                        List.of(new ChannelGoal(theirs, BigDecimal.TEN, null, null, null, null))))),
                "goals.channels.unknown");
        assertThat(companies.as(c.founder(), () -> queries.versions())).hasSize(versionsBefore);
    }

    @Test
    void goals_are_validated_and_an_agency_neither_reads_nor_signs_them() throws Exception {
        GoalSheet negative = new GoalSheet(
                thisMonth,
                null,
                -1,
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
                null,
                null,
                null,
                null,
                java.util.List.of());
        assertRefused(() -> companies.as(c.successor(), () -> goals.draft(negative)), "goals.notNegative");
        GoalSheet noMonth = new GoalSheet(
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
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                java.util.List.of());
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
                "第一季以新客為主",
                java.util.List.of());
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
