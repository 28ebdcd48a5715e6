package app.baton.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.baton.DatabaseTestBase;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.audit.AuditService;
import app.baton.audit.AuditService.AuditFilter;
import app.baton.security.ApiTokenAccess;
import app.baton.security.ApiTokenService;
import app.baton.security.MembershipRole;
import app.baton.security.internal.ApiTokenEntity;
import app.baton.shared.DomainException;
import app.baton.shared.tenant.TenantTransactions;
import app.baton.tenancy.MembershipService.MemberView;
import app.baton.tenancy.internal.InvitationEntity;
import app.baton.tenancy.internal.MembershipEntity;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Signed in to company A, no service call and no query can read or change company B's rows, for every
 * tenant-owned table: membership, invitation, api_token, audit_event.
 */
class TenantIsolationIT extends DatabaseTestBase {

    @Autowired
    Companies companies;

    @Autowired
    MembershipService memberships;

    @Autowired
    InvitationService invitations;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    AuditService audit;

    @Autowired
    TenantTransactions transactions;

    @Autowired
    EntityManager entityManager;

    Company a;
    Company b;

    @BeforeEach
    void twoCompanies() {
        a = companies.create("iso-a");
        b = companies.create("iso-b");
    }

    @Test
    void members_of_another_company_are_never_listed() throws Exception {
        List<MemberView> seen = companies.as(a.founder(), () -> memberships.members());
        assertThat(seen)
                .extracting(MemberView::email)
                .containsExactlyInAnyOrder(
                        a.founder().email(), a.successor().email(), a.vendor().email());
    }

    @Test
    void a_founder_cannot_change_or_remove_a_membership_of_another_company_by_id() throws Exception {
        long bSuccessor = b.successor().membership().membershipId();
        assertThatThrownBy(() ->
                        companies.as(a.founder(), () -> memberships.changeRole(bSuccessor, MembershipRole.FOUNDER)))
                .isInstanceOf(DomainException.class)
                .hasMessage("members.notFound");
        assertThatThrownBy(() -> companies.run(a.founder(), () -> memberships.remove(bSuccessor)))
                .isInstanceOf(DomainException.class)
                .hasMessage("members.notFound");
        assertThat(companies.membershipsOf(b.successor().userId()))
                .singleElement()
                .satisfies(m -> assertThat(m.role()).isEqualTo(MembershipRole.SUCCESSOR));
    }

    @Test
    void invitations_of_another_company_are_invisible_and_cannot_be_revoked() throws Exception {
        var bInvitation = companies.as(
                b.founder(),
                () -> invitations.invite(
                        new Invite("new-" + b.id() + "@test.example", MembershipRole.SUCCESSOR, null)));
        assertThat(companies.as(a.founder(), () -> invitations.pending())).isEmpty();
        assertThatThrownBy(() -> companies.run(a.founder(), () -> invitations.revoke(bInvitation.invitationId())))
                .hasMessage("invitation.notFound");
        assertThat(companies.as(b.founder(), () -> invitations.pending())).hasSize(1);
    }

    @Test
    void api_tokens_of_another_company_cannot_be_revoked() throws Exception {
        var bToken = companies.as(b.vendor(), () -> tokens.create("b-token"));
        assertThatThrownBy(() -> companies.run(a.vendor(), () -> tokens.revoke(bToken.id())))
                .hasMessage("apiTokens.notFound");
        assertThat(companies.as(b.vendor(), () -> tokens.myTokens()))
                .singleElement()
                .satisfies(t -> assertThat(t.active()).isTrue());
    }

    @Test
    void a_token_whose_company_prefix_is_changed_does_not_authenticate() throws Exception {
        var bToken = companies.as(b.vendor(), () -> tokens.create("b-token"));
        String forged = bToken.token().replaceFirst("baton_" + b.id() + "_", "baton_" + a.id() + "_");
        assertThat(ApiTokenAccess.authenticate(tokens, forged)).isEmpty();
        assertThat(ApiTokenAccess.authenticate(tokens, bToken.token())).isPresent();
    }

    @Test
    void the_audit_log_shows_only_the_own_company() throws Exception {
        var entries = companies.as(a.founder(), () -> audit.search(AuditFilter.none(), 0, 500));
        assertThat(entries).isNotEmpty();
        assertThat(entries).allSatisfy(e -> assertThat(e.summary()).doesNotContain(b.name()));
        long count = companies.as(a.founder(), () -> audit.count(AuditFilter.none()));
        assertThat(count).isEqualTo(entries.size());
    }

    @Test
    void loading_by_id_in_tenant_a_does_not_find_tenant_b_rows() {
        long bMembership = b.successor().membership().membershipId();
        transactions.inTenant(a.id(), () -> {
            assertThat(entityManager.find(MembershipEntity.class, bMembership)).isNull();
            assertThat(entityManager
                            .createQuery("select m from MembershipEntity m where m.id = :id", MembershipEntity.class)
                            .setParameter("id", bMembership)
                            .getResultList())
                    .isEmpty();
        });
    }

    /** HHH-20883/HHH-20878: generated UPDATE and DELETE must carry the tenant restriction. */
    @Test
    void bulk_update_and_delete_in_tenant_a_never_touch_tenant_b_rows_with_that_id() throws Exception {
        long bMembership = b.successor().membership().membershipId();
        var bInvitation = companies.as(
                b.founder(),
                () -> invitations.invite(
                        new Invite("bulk-" + b.id() + "@test.example", MembershipRole.SUCCESSOR, null)));
        var bToken = companies.as(b.vendor(), () -> tokens.create("bulk-token"));

        int changed = transactions.inTenant(
                a.id(),
                () -> entityManager
                                .createQuery("update MembershipEntity m set m.role = :role where m.id = :id")
                                .setParameter("role", MembershipRole.FOUNDER)
                                .setParameter("id", bMembership)
                                .executeUpdate()
                        + entityManager
                                .createQuery("delete from MembershipEntity m where m.id = :id")
                                .setParameter("id", bMembership)
                                .executeUpdate()
                        + entityManager
                                .createQuery("delete from InvitationEntity i where i.id = :id")
                                .setParameter("id", bInvitation.invitationId())
                                .executeUpdate()
                        + entityManager
                                .createQuery("update ApiTokenEntity t set t.name = 'hijacked' where t.id = :id")
                                .setParameter("id", bToken.id())
                                .executeUpdate()
                        + entityManager
                                .createQuery("delete from ApiTokenEntity t where t.id = :id")
                                .setParameter("id", bToken.id())
                                .executeUpdate());
        assertThat(changed).isZero();

        transactions.inTenant(b.id(), () -> {
            assertThat(entityManager.find(MembershipEntity.class, bMembership).role())
                    .isEqualTo(MembershipRole.SUCCESSOR);
            assertThat(entityManager.find(InvitationEntity.class, bInvitation.invitationId()))
                    .isNotNull();
            assertThat(entityManager.find(ApiTokenEntity.class, bToken.id()).name())
                    .isEqualTo("bulk-token");
        });
    }

    @Test
    void entity_update_in_tenant_a_never_writes_tenant_b_row() throws Exception {
        long bMembership = b.successor().membership().membershipId();
        long aMembership = a.successor().membership().membershipId();
        // an entity loaded in A changed in A: the UPDATE carries tenant A, so only A's row changes
        transactions.inTenant(a.id(), () -> {
            MembershipEntity mine = entityManager.find(MembershipEntity.class, aMembership);
            mine.changeRole(MembershipRole.FOUNDER);
            entityManager.flush();
        });
        transactions.inTenant(
                b.id(),
                () -> assertThat(entityManager
                                .find(MembershipEntity.class, bMembership)
                                .role())
                        .isEqualTo(MembershipRole.SUCCESSOR));
    }
}
