package app.baton.budgets;

import static app.baton.Refusals.assertRefused;
import static app.baton.budgets.BudgetFixtures.YEAR;
import static app.baton.budgets.BudgetFixtures.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.baton.DatabaseTestBase;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.audit.AuditService;
import app.baton.audit.AuditService.AuditFilter;
import app.baton.security.MembershipRole;
import app.baton.tenancy.MembershipService;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Both generations sign the plan, on the real database: the successor drafts and signs, a change by the founder is
 * a new version the successor's signature no longer agrees, both signing the same version agrees it, the founder's
 * activation signs the version activated; a company without a successor agrees by the founder alone; an agency and
 * another company reach none of it.
 */
class PlanAgreementIT extends DatabaseTestBase {

    @Autowired
    Companies companies;

    @Autowired
    BudgetPlanService plans;

    @Autowired
    BudgetPlanQueryService queries;

    @Autowired
    PlanAgreementService agreements;

    @Autowired
    ChannelService channels;

    @Autowired
    MembershipService memberships;

    @Autowired
    AuditService audit;

    @Autowired
    app.baton.notifications.NotificationService notifications;

    Company c;

    @BeforeEach
    void company() {
        c = companies.create("plan-agreement");
    }

    @Test
    void the_successor_drafts_and_signs_and_the_plan_is_agreed_when_both_sign_the_same_version() throws Exception {
        PlanView draft = companies.as(c.successor(), () -> plans.create(YEAR, money(10_000_000), money(1_000_000)));
        long google = channelId("GOOGLE_ADS");
        PlanView filled = companies.as(
                c.successor(),
                () -> plans.setChannelYear(draft.id(), draft.changeCount(), Tier.FOUNDATION, google, money(1_000_000)));
        PlanAgreement signed = companies.as(c.successor(), () -> agreements.sign(filled.id(), filled.changeCount()));
        assertThat(signed.successorSignedBy()).isNotNull();
        assertThat(signed.agreed()).isFalse();
        assertThat(companies
                        .as(c.founder(), () -> agreements.agreement(filled.id()))
                        .mayISign())
                .isTrue();
        // it waits on the founder's list, and the founder is told; not on the successor's
        assertThat(companies.as(c.founder(), () -> agreements.waitingForMe()))
                .extracting(PlanSummary::id)
                .containsExactly(filled.id());
        assertThat(companies.as(c.successor(), () -> agreements.waitingForMe())).isEmpty();
        assertThat(kinds(c.founder())).contains("PLAN_SIGNED");
        assertRefused(
                () -> companies.as(c.successor(), () -> agreements.sign(filled.id(), filled.changeCount())),
                "budget.plan.alreadySigned");

        // the founder changes the revenue forecast: a new version, the successor's signature is for an earlier one
        PlanView changed = companies.as(
                c.founder(),
                () -> plans.updateHeader(filled.id(), filled.changeCount(), money(12_000_000), money(1_000_000)));
        PlanAgreement afterChange = companies.as(c.founder(), () -> agreements.agreement(changed.id()));
        assertThat(afterChange.version()).isEqualTo(changed.changeCount());
        assertThat(afterChange.successorSignedBy()).isNull();
        assertThat(afterChange.earlierSuccessorSignature()).isTrue();
        // the two versions side by side: the forecast changed, no amount did
        assertThat(afterChange.since()).isNotNull();
        assertThat(afterChange.since().version()).isEqualTo(filled.changeCount());
        assertThat(afterChange.since().role()).isEqualTo(MembershipRole.SUCCESSOR);
        assertThat(afterChange.since().forecastBefore()).isEqualByComparingTo("10000000");
        assertThat(afterChange.since().totalBefore()).isNull();
        assertThat(afterChange.since().cells()).isEmpty();
        // signing an out-of-date page changes nothing
        assertRefused(
                () -> companies.as(c.founder(), () -> agreements.sign(changed.id(), filled.changeCount())),
                "budget.plan.changed");

        assertThat(companies
                        .as(c.founder(), () -> agreements.sign(changed.id(), changed.changeCount()))
                        .agreed())
                .isFalse();
        PlanAgreement both = companies.as(c.successor(), () -> agreements.sign(changed.id(), changed.changeCount()));
        assertThat(both.agreed()).isTrue();
        assertThat(both.founderAlone()).isFalse();
        assertThat(actions()).contains("BUDGET_PLAN_SIGNED", "BUDGET_PLAN_AGREED");
        // the successor signed last: the founder hears it is agreed
        assertThat(kinds(c.founder())).contains("PLAN_SIGNED", "PLAN_AGREED");
        assertThat(companies.as(c.founder(), () -> agreements.waitingForMe())).isEmpty();

        // the founder activates the version both signed: the active plan stays agreed, and is signed no more
        PlanView active = companies.as(c.founder(), () -> plans.activate(changed.id(), changed.changeCount()));
        PlanAgreement activeAgreement = companies.as(c.successor(), () -> agreements.agreement(active.id()));
        assertThat(activeAgreement.agreed()).isTrue();
        assertThat(activeAgreement.version()).isEqualTo(changed.changeCount());
        assertThat(activeAgreement.mayISign()).isFalse();
        assertRefused(
                () -> companies.as(c.successor(), () -> agreements.sign(active.id(), active.changeCount())),
                "budget.plan.signDraftOnly");
    }

    @Test
    void a_plan_activated_without_the_successor_s_signature_is_not_agreed_and_a_company_without_one_agrees_alone()
            throws Exception {
        PlanView draft = companies.as(c.founder(), () -> plans.create(YEAR, money(10_000_000), money(1_000_000)));
        PlanView filled = companies.as(
                c.founder(),
                () -> plans.setChannelYear(
                        draft.id(), draft.changeCount(), Tier.FOUNDATION, channelId("GOOGLE_ADS"), money(1_000_000)));
        PlanView active = companies.as(c.founder(), () -> plans.activate(filled.id(), filled.changeCount()));
        PlanAgreement alone = companies.as(c.founder(), () -> agreements.agreement(active.id()));
        assertThat(alone.founderSignedBy()).isNotNull();
        assertThat(alone.successorSignedBy()).isNull();
        assertThat(alone.agreed()).isFalse();

        Company solo = companies.create("plan-agreement-solo");
        companies.run(
                solo.founder(),
                () -> memberships.members().stream()
                        .filter(m -> m.role() == MembershipRole.SUCCESSOR)
                        .forEach(m -> memberships.remove(m.membershipId())));
        PlanView soloDraft =
                companies.as(solo.founder(), () -> plans.create(YEAR, money(10_000_000), money(1_000_000)));
        PlanAgreement soloSigned =
                companies.as(solo.founder(), () -> agreements.sign(soloDraft.id(), soloDraft.changeCount()));
        assertThat(soloSigned.agreed()).isTrue();
        assertThat(soloSigned.founderAlone()).isTrue();
    }

    @Test
    void the_amounts_changed_since_a_signature_are_listed_cell_by_cell() throws Exception {
        long google = channelId("GOOGLE_ADS");
        long meta = channelId("META_ADS");
        PlanView draft = companies.as(c.founder(), () -> plans.create(YEAR, money(10_000_000), money(1_000_000)));
        PlanView filled = companies.as(
                c.founder(),
                () -> plans.setChannelYear(draft.id(), draft.changeCount(), Tier.FOUNDATION, google, money(1_000_000)));
        companies.run(c.founder(), () -> agreements.sign(filled.id(), filled.changeCount()));
        PlanView less = companies.as(
                c.successor(),
                () -> plans.setChannelYear(filled.id(), filled.changeCount(), Tier.FOUNDATION, google, money(600_000)));
        PlanView moved = companies.as(
                c.successor(),
                () -> plans.setChannelYear(less.id(), less.changeCount(), Tier.FOUNDATION, meta, money(400_000)));
        PlanAgreement.SinceSigned since = companies
                .as(c.successor(), () -> agreements.agreement(moved.id()))
                .since();
        assertThat(since).isNotNull();
        assertThat(since.role()).isEqualTo(MembershipRole.FOUNDER);
        assertThat(since.cells()).hasSize(24);
        assertThat(since.cells().stream()
                        .filter(ch -> ch.channelId() == google)
                        .map(CellChange::delta)
                        .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add))
                .isEqualByComparingTo("-400000");
        assertThat(since.cells().stream()
                        .filter(ch -> ch.channelId() == meta)
                        .allMatch(ch -> ch.before().signum() == 0 && ch.after().signum() > 0))
                .isTrue();
        assertThat(since.cells().getFirst().month()).isEqualTo(moved.firstMonth());
    }

    @Test
    void an_agency_cannot_sign_and_another_company_does_not_find_the_plan() throws Exception {
        PlanView draft = companies.as(c.successor(), () -> plans.create(YEAR, money(10_000_000), money(1_000_000)));
        assertThatThrownBy(() -> companies.as(c.vendor(), () -> agreements.sign(draft.id(), draft.changeCount())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> companies.as(c.vendor(), () -> agreements.agreement(draft.id())))
                .isInstanceOf(AccessDeniedException.class);
        Company other = companies.create("plan-agreement-other");
        assertRefused(
                () -> companies.as(other.founder(), () -> agreements.sign(draft.id(), draft.changeCount())),
                "budget.plan.notFound");
        assertRefused(
                () -> companies.as(other.founder(), () -> agreements.agreement(draft.id())), "budget.plan.notFound");
        // B's own plan for the same year is unaffected by A's signatures
        PlanView theirs = companies.as(other.founder(), () -> plans.create(YEAR, money(1), money(1)));
        companies.run(c.successor(), () -> agreements.sign(draft.id(), draft.changeCount()));
        PlanAgreement theirAgreement = companies.as(other.founder(), () -> agreements.agreement(theirs.id()));
        assertThat(theirAgreement.successorSignedBy()).isNull();
        assertThat(theirAgreement.founderSignedBy()).isNull();
    }

    private long channelId(String code) throws Exception {
        return companies.as(c.founder(), () -> channels.channels()).stream()
                .filter(ch -> code.equals(ch.code()))
                .findFirst()
                .orElseThrow()
                .id();
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
}
