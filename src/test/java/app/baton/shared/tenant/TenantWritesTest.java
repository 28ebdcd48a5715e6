package app.baton.shared.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Which statements count as writes for the company's menu counts (decision 017). */
class TenantWritesTest {

    @Test
    void inserts_updates_and_deletes_write_in_any_case_and_after_a_comment() {
        assertThat(TenantWrites.writes("insert into notification (id) values (?)"))
                .isTrue();
        assertThat(TenantWrites.writes("  UPDATE budget_change_request set status=? where id=?"))
                .isTrue();
        assertThat(TenantWrites.writes("/* delete app.baton.X */ delete from x where id=?"))
                .isTrue();
        assertThat(TenantWrites.writes("merge into x using y on (1=1)")).isTrue();
    }

    @Test
    void reads_and_words_that_only_begin_like_a_write_do_not() {
        assertThat(TenantWrites.writes("select n.id from notification n where n.read_at is null"))
                .isFalse();
        assertThat(TenantWrites.writes("/* select */ select 1")).isFalse();
        assertThat(TenantWrites.writes("updates_view")).isFalse();
        assertThat(TenantWrites.writes("with x as (select 1) select * from x")).isFalse();
        assertThat(TenantWrites.writes("/* never closed")).isFalse();
        assertThat(TenantWrites.writes("")).isFalse();
    }

    @Test
    void a_commit_counts_once_for_its_company_and_a_transaction_of_its_own_inside_counts_apart() {
        TenantWrites writes = new TenantWrites(new TenantIdentifierResolver());
        TransactionTemplate required = new TransactionTemplate(new Transactions());
        TransactionTemplate ownTransaction = new TransactionTemplate(new Transactions());
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        TransactionTemplate failing = new TransactionTemplate(new Transactions());

        TenantContext.callAs(7L, () -> {
            required.executeWithoutResult(status -> {
                writes.inspect("insert into a values (?)");
                writes.inspect("insert into a values (?)");
                writes.inspect("select 1");
                // a transaction of its own in the middle: its commit counts apart, and the outer's still counts
                ownTransaction.executeWithoutResult(inner -> writes.inspect("update b set x = ?"));
                assertThat(writes.version()).as("the inner commit").isEqualTo(1);
                writes.inspect("delete from a where id = ?");
                assertThat(TransactionSynchronizationManager.getSynchronizations())
                        .as("one call-back for the outer transaction")
                        .hasSize(1);
            });
            assertThat(writes.version()).isEqualTo(2);

            required.executeWithoutResult(status -> writes.inspect("select 1"));
            assertThat(writes.version()).as("a transaction that only read").isEqualTo(2);

            failing.executeWithoutResult(status -> {
                writes.inspect("insert into a values (?)");
                status.setRollbackOnly();
            });
            assertThat(writes.version()).as("a rolled-back transaction").isEqualTo(2);

            required.executeWithoutResult(status -> writes.inspect("insert into a values (?)"));
            assertThat(writes.version())
                    .as("the next transaction on the thread counts again")
                    .isEqualTo(3);
            return null;
        });
        assertThat(TenantContext.callAs(8L, writes::version))
                .as("another company's number")
                .isZero();
    }

    /** A transaction manager without a resource: enough for Spring to run call-backs, suspend and resume. */
    private static final class Transactions extends AbstractPlatformTransactionManager {
        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected boolean isExistingTransaction(Object transaction) {
            return TransactionSynchronizationManager.isActualTransactionActive();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {}

        @Override
        protected Object doSuspend(Object transaction) {
            return transaction;
        }

        @Override
        protected void doResume(Object transaction, Object suspendedResources) {}

        @Override
        protected void doCommit(DefaultTransactionStatus status) {}

        @Override
        protected void doRollback(DefaultTransactionStatus status) {}
    }
}
