package app.baton.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.baton.DatabaseTestBase;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.TestFixtures.Person;
import app.baton.audit.AuditService;
import app.baton.audit.AuditService.AuditFilter;
import app.baton.security.MembershipRole;
import app.baton.shared.DomainException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

class MembershipServiceIT extends DatabaseTestBase {

    @Autowired
    Companies companies;

    @Autowired
    MembershipService memberships;

    @Autowired
    AuditService audit;

    @Test
    void founder_promotes_a_successor_and_the_change_is_audited() throws Exception {
        Company c = companies.create("promote");
        companies.as(
                c.founder(),
                () -> memberships.changeRole(c.successor().membership().membershipId(), MembershipRole.FOUNDER));
        assertThat(companies.membershipsOf(c.successor().userId()))
                .singleElement()
                .satisfies(m -> assertThat(m.role()).isEqualTo(MembershipRole.FOUNDER));
        var entries = companies.as(
                c.founder(), () -> audit.search(new AuditFilter(null, null, null, "MEMBERSHIP_ROLE_CHANGED"), 0, 10));
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.summary()).contains(c.successor().email()).contains("SUCCESSOR → FOUNDER");
            assertThat(e.actorUserId()).isEqualTo(c.founder().userId());
            assertThat(e.actorRole()).isEqualTo("FOUNDER");
        });
    }

    @Test
    void the_last_founder_can_never_be_demoted_or_removed() throws Exception {
        Company c = companies.create("last");
        long founderMembership = c.founder().membership().membershipId();
        assertThatThrownBy(() -> companies.as(
                        c.founder(), () -> memberships.changeRole(founderMembership, MembershipRole.SUCCESSOR)))
                .isInstanceOf(DomainException.class)
                .hasMessage("members.lastFounder");
        assertThatThrownBy(() -> companies.run(c.founder(), () -> memberships.remove(founderMembership)))
                .hasMessage("members.lastFounder");
        assertThat(companies.membershipsOf(c.founder().userId()))
                .singleElement()
                .satisfies(m -> assertThat(m.role()).isEqualTo(MembershipRole.FOUNDER));
    }

    @Test
    void two_founders_demoting_each_other_at_once_leave_one_founder() throws Exception {
        Company c = companies.create("race");
        companies.as(
                c.founder(),
                () -> memberships.changeRole(c.successor().membership().membershipId(), MembershipRole.FOUNDER));
        Person secondFounder = companies.person(
                new app.baton.security.AccountSummary(
                        c.successor().userId(), c.successor().email(), "", "zh-TW"),
                c.id());

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Boolean>> results = new ArrayList<>();
        results.add(pool.submit(demote(start, c.founder(), secondFounder)));
        results.add(pool.submit(demote(start, secondFounder, c.founder())));
        start.countDown();
        int succeeded = 0;
        for (Future<Boolean> result : results) {
            if (result.get()) {
                succeeded++;
            }
        }
        pool.shutdown();

        assertThat(succeeded).isEqualTo(1);
        long remaining = java.util.stream.Stream.of(c.founder(), secondFounder)
                .flatMap(p -> companies.membershipsOf(p.userId()).stream())
                .filter(m -> m.tenantId() == c.id() && m.role() == MembershipRole.FOUNDER)
                .count();
        assertThat(remaining).isEqualTo(1);
    }

    private Callable<Boolean> demote(CountDownLatch start, Person actor, Person target) {
        return () -> {
            start.await();
            try {
                companies.as(
                        actor,
                        () -> memberships.changeRole(target.membership().membershipId(), MembershipRole.SUCCESSOR));
                return true;
            } catch (DomainException | org.springframework.dao.DataAccessException e) {
                return false;
            } catch (AccessDeniedException e) {
                return false;
            }
        };
    }

    @Test
    void a_vendor_cannot_change_roles_and_cannot_even_list_members() {
        Company c = companies.create("vendor-deny");
        assertThatThrownBy(() -> companies.as(c.vendor(), () -> memberships.members()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> companies.as(
                        c.vendor(),
                        () -> memberships.changeRole(
                                c.successor().membership().membershipId(), MembershipRole.FOUNDER)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_successor_cannot_change_roles_or_remove_members() {
        Company c = companies.create("successor-deny");
        assertThatThrownBy(() -> companies.as(
                        c.successor(),
                        () -> memberships.changeRole(
                                c.successor().membership().membershipId(), MembershipRole.FOUNDER)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> companies.run(
                        c.successor(),
                        () -> memberships.remove(c.founder().membership().membershipId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobody_signed_out_can_call_a_member_service() {
        assertThatThrownBy(() -> memberships.members())
                .isInstanceOfAny(AuthenticationCredentialsNotFoundException.class, AccessDeniedException.class);
    }

    @Test
    void a_vendor_role_cannot_be_changed() throws Exception {
        Company c = companies.create("vendor-fixed");
        assertThatThrownBy(() -> companies.as(
                        c.founder(),
                        () -> memberships.changeRole(c.vendor().membership().membershipId(), MembershipRole.SUCCESSOR)))
                .hasMessage("members.vendorRoleFixed");
    }

    @Test
    void removing_a_member_is_stored_and_audited() throws Exception {
        Company c = companies.create("remove");
        companies.run(
                c.founder(), () -> memberships.remove(c.successor().membership().membershipId()));
        assertThat(companies.membershipsOf(c.successor().userId())).isEmpty();
        var entries = companies.as(
                c.founder(), () -> audit.search(new AuditFilter(null, null, null, "MEMBERSHIP_REMOVED"), 0, 10));
        assertThat(entries)
                .singleElement()
                .satisfies(e -> assertThat(e.summary()).contains(c.successor().email()));
    }
}
