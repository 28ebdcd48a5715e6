package app.baton.shared.tenant;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Whether anything may have changed for a company since a moment: a number that grows each time a transaction that
 * wrote through Hibernate commits for the company on this replica (or for every company, when it wrote under
 * {@link TenantContext#SYSTEM}). What is worked out from a company's data on every navigation — the counts beside the
 * menu entries — is kept while this number stands still, and worked out again when it moves (issue 16: the counts
 * were 17 % of the server's CPU).
 *
 * <p>Hibernate shows it every statement: the first {@code insert}, {@code update} or {@code delete} of a transaction
 * registers a call-back on that transaction, with the company it writes for, that counts its commit (a rolled-back
 * one does not count; a transaction that only read never does). Writes past Hibernate (plain JDBC: the audit chain,
 * the scheduler's locks) and another replica's commits are not seen here: what keeps a value must also let it age
 * (decision 017). Only the signed-in company's number can be read.
 */
@Component
public class TenantWrites implements StatementInspector, HibernatePropertiesCustomizer {

    /**
     * The call-back of the transaction running on this thread, once it wrote: set at its first write, taken away
     * while it is suspended for a transaction of its own (Spring tells each call-back) and when it ends.
     */
    private static final ThreadLocal<@Nullable Commit> WRITING = new ThreadLocal<>();

    private final TenantIdentifierResolver tenants;
    private final ConcurrentHashMap<Long, AtomicLong> commits = new ConcurrentHashMap<>();
    private final AtomicLong everyone = new AtomicLong();

    TenantWrites(TenantIdentifierResolver tenants) {
        this.tenants = tenants;
    }

    /** The number for the company of this request: it moves when a commit may have changed what it shows. */
    public long version() {
        AtomicLong own = commits.get(tenants.resolveCurrentTenantIdentifier());
        // both only grow, so their sum moves whenever either does
        return everyone.get() + (own == null ? 0 : own.get());
    }

    @Override
    public String inspect(String sql) {
        // once per transaction: the marker says this transaction's commit is already counted, without asking Spring
        // for its list of call-backs at every statement of a bulk import
        if (WRITING.get() == null && writes(sql) && TransactionSynchronizationManager.isSynchronizationActive()) {
            Commit commit = new Commit(tenants.resolveCurrentTenantIdentifier());
            TransactionSynchronizationManager.registerSynchronization(commit);
            WRITING.set(commit);
        }
        return sql;
    }

    @Override
    public void customize(Map<String, Object> hibernateProperties) {
        hibernateProperties.put(AvailableSettings.STATEMENT_INSPECTOR, this);
    }

    /** Whether the statement changes rows: its first word, after spaces and a comment Hibernate may put first. */
    static boolean writes(String sql) {
        int i = 0;
        int n = sql.length();
        while (true) {
            while (i < n && Character.isWhitespace(sql.charAt(i))) {
                i++;
            }
            if (sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                if (end < 0) {
                    return false;
                }
                i = end + 2;
            } else {
                break;
            }
        }
        return word(sql, i, "insert")
                || word(sql, i, "update")
                || word(sql, i, "delete")
                || word(sql, i, "merge")
                || word(sql, i, "replace");
    }

    private static boolean word(String sql, int at, String word) {
        return sql.regionMatches(true, at, word, 0, word.length())
                && (at + word.length() == sql.length() || !Character.isLetter(sql.charAt(at + word.length())));
    }

    /** Counts one transaction's commit for the company it wrote for. */
    private final class Commit implements TransactionSynchronization {
        private final long tenant;

        Commit(long tenant) {
            this.tenant = tenant;
        }

        @Override
        public void afterCommit() {
            if (tenant == TenantContext.SYSTEM) {
                everyone.incrementAndGet();
            } else if (tenant != TenantContext.NONE) {
                commits.computeIfAbsent(tenant, t -> new AtomicLong()).incrementAndGet();
            }
        }

        @Override
        public void suspend() {
            WRITING.remove();
        }

        @Override
        public void resume() {
            WRITING.set(this);
        }

        @Override
        public void afterCompletion(int status) {
            WRITING.remove();
        }
    }
}
