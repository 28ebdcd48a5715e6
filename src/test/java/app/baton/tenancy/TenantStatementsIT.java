package app.baton.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.baton.DatabaseTestBase;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.shared.tenant.TenantContext;
import app.baton.shared.tenant.TenantRestriction;
import app.baton.shared.tenant.TenantTransactions;
import app.baton.tenancy.internal.MembershipEntity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The company's rows chosen by the restriction in the SQL and the connection's {@code @baton_tenant}, not by
 * Hibernate's tenant filter (decision 003, 017): a company's session has no filter on and keeps its query plans from
 * one transaction to the next, and still reads only its own rows — in a query and a load by id — while the root tenant
 * reads every company's; a connection whose company was never set reads none; and the database uses the index on
 * {@code tenant_id} as it would for a literal.
 */
class TenantStatementsIT extends DatabaseTestBase {

    private static final String MEMBERS = "select m from MembershipEntity m order by m.id";

    @Autowired
    Companies companies;

    @Autowired
    TenantTransactions transactions;

    @Autowired
    EntityManager entityManager;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JdbcTemplate jdbc;

    Company a;
    Company b;
    Statistics statistics;

    @BeforeEach
    void twoCompanies() {
        a = companies.create("stmt-a");
        b = companies.create("stmt-b");
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
    }

    @AfterEach
    void statisticsOff() {
        statistics.setStatisticsEnabled(false);
    }

    @Test
    void a_companys_session_has_no_tenant_filter_and_keeps_its_query_plan_from_one_transaction_to_the_next()
            throws Exception {
        List<Long> first = companies.as(
                a.founder(),
                () -> inTransaction(() -> {
                    assertThat(entityManager.unwrap(Session.class).getEnabledFilter("_tenantId"))
                            .as("Hibernate's tenant filter")
                            .isNull();
                    return tenantsOfMembers();
                }));
        long missesAfterFirst = statistics.getQueryPlanCacheMissCount();
        long hitsAfterFirst = statistics.getQueryPlanCacheHitCount();
        List<Long> again = companies.as(a.founder(), () -> inTransaction(this::tenantsOfMembers));
        List<Long> other = companies.as(b.founder(), () -> inTransaction(this::tenantsOfMembers));

        assertThat(first).isNotEmpty().containsOnly(a.id());
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEmpty().containsOnly(b.id());
        assertThat(statistics.getQueryPlanCacheHitCount() - hitsAfterFirst)
                .as("the same query in a new session, for the same and for another company, uses the kept plan")
                .isGreaterThanOrEqualTo(2);
        assertThat(statistics.getQueryPlanCacheMissCount()).as("no new plan").isEqualTo(missesAfterFirst);
    }

    @Test
    void a_row_of_another_company_is_not_found_by_id_and_the_root_tenant_reads_every_company() throws Exception {
        long bMembership = b.successor().membership().membershipId();
        long aMembership = a.successor().membership().membershipId();

        MembershipEntity fromA = companies.as(
                a.founder(), () -> inTransaction(() -> entityManager.find(MembershipEntity.class, bMembership)));
        MembershipEntity own = companies.as(
                a.founder(), () -> inTransaction(() -> entityManager.find(MembershipEntity.class, aMembership)));
        List<Long> everyone = transactions.inSystem(this::tenantsOfMembers);

        assertThat(fromA).isNull();
        assertThat(own).isNotNull();
        assertThat(everyone).contains(a.id(), b.id());
    }

    @Test
    void the_condition_reads_the_connections_company_all_for_the_root_and_none_when_unset() {
        String count = "select count(*) from membership m where "
                + TenantRestriction.CONDITION.replace("tenant_id", "m.tenant_id");
        List<Long> counts = jdbc.execute((ConnectionCallback<List<Long>>) connection -> {
            List<Long> out = new java.util.ArrayList<>();
            for (Long tenant : java.util.Arrays.asList(null, a.id(), 0L, TenantContext.NONE)) {
                try (var set = connection.prepareStatement("set @baton_tenant = ?")) {
                    set.setObject(1, tenant);
                    set.execute();
                }
                try (var read = connection.prepareStatement(count);
                        var rows = read.executeQuery()) {
                    rows.next();
                    out.add(rows.getLong(1));
                }
            }
            return out;
        });
        long all = jdbc.queryForObject("select count(*) from membership", Long.class);

        assertThat(counts.get(0)).as("never set").isZero();
        assertThat(counts.get(1))
                .as("company A: its founder, successor and agency")
                .isEqualTo(3);
        assertThat(counts.get(2)).as("the root tenant").isEqualTo(all);
        assertThat(counts.get(3)).as("no company").isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void hibernates_connections_carry_the_sessions_company_and_one_taken_for_hibernate_itself_none() throws Exception {
        MultiTenantConnectionProvider<Long> provider = entityManagerFactory
                .unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry()
                .requireService(MultiTenantConnectionProvider.class);
        String count = "select count(*) from membership m where "
                + TenantRestriction.CONDITION.replace("tenant_id", "m.tenant_id");

        long ofA;
        Connection forA = provider.getConnection(a.id());
        try {
            ofA = count(forA, count);
        } finally {
            provider.releaseConnection(a.id(), forA);
        }
        // the pool hands this thread the connection it just gave back, still holding A's company
        long ofNone;
        Connection any = provider.getAnyConnection();
        try {
            ofNone = count(any, count);
        } finally {
            provider.releaseAnyConnection(any);
        }

        assertThat(ofA).isEqualTo(3);
        assertThat(ofNone).isZero();
    }

    private static long count(Connection connection, String sql) throws java.sql.SQLException {
        try (var read = connection.prepareStatement(sql);
                var rows = read.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void the_database_reads_a_companys_rows_through_the_index_that_begins_with_tenant_id() {
        assumeTrue(
                jdbc.execute((ConnectionCallback<String>)
                                connection -> connection.getMetaData().getDatabaseProductName())
                        .matches("(?i)mysql|mariadb"),
                "EXPLAIN's columns are MySQL's");
        List<String> plan = jdbc.execute((ConnectionCallback<List<String>>) connection -> {
            try (var set = connection.prepareStatement("set @baton_tenant = ?")) {
                set.setLong(1, a.id());
                set.execute();
            }
            try (var explain = connection.prepareStatement("explain select m.id from membership m where "
                    + TenantRestriction.CONDITION.replace("tenant_id", "m.tenant_id")
                    + " and m.user_id = ?")) {
                explain.setLong(1, a.founder().userId());
                try (var rows = explain.executeQuery()) {
                    rows.next();
                    return java.util.Arrays.asList(rows.getString("type"), rows.getString("key"));
                }
            }
        });

        assertThat(plan.get(0)).as("access type").isIn("ref", "eq_ref", "const");
        assertThat(plan.get(1)).as("the index used").isNotNull();
    }

    private List<Long> tenantsOfMembers() {
        return entityManager.createQuery(MEMBERS, MembershipEntity.class).getResultList().stream()
                .map(MembershipEntity::getTenantId)
                .toList();
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        TransactionTemplate template = new TransactionTemplate(transactionManager);
        template.setReadOnly(true);
        return template.execute(status -> work.get());
    }
}
