package app.baton.shared.persistence;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What a read-only transaction has already read, kept until it ends: a page that asks several services the same
 * question in one transaction (the dashboard asked for the company's engagements three times — its spend, the report
 * overview and the reviews that wait — issue 16) reads it once. Within a read-only transaction the data read cannot
 * change by the transaction's own hand, and MySQL/MariaDB's repeatable reads show the same rows again; outside one, or
 * in a transaction that may write, the value is worked out every time. A transaction started inside (one that
 * suspends this one) keeps its own memo.
 *
 * <p>The key must hold everything the value depends on besides the data: who asks, for which company. Values must not
 * be changed by their readers (records and unmodifiable lists).
 */
public final class TransactionMemo {

    private static final Object RESOURCE = new Object();

    private TransactionMemo() {}

    /** The value for {@code key} in this read-only transaction, worked out by {@code compute} the first time. */
    @SuppressWarnings("unchecked")
    public static <T> T get(Object key, Supplier<T> compute) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return compute.get();
        }
        Memo memo = (Memo) TransactionSynchronizationManager.getResource(RESOURCE);
        if (memo == null) {
            memo = new Memo();
            TransactionSynchronizationManager.bindResource(RESOURCE, memo);
            TransactionSynchronizationManager.registerSynchronization(memo);
        }
        Object found = memo.values.get(key);
        if (found == null) {
            found = compute.get();
            memo.values.put(key, found);
        }
        return (T) found;
    }

    /** One transaction's values: taken off the thread while the transaction is suspended and when it ends. */
    private static final class Memo implements TransactionSynchronization {
        private final Map<Object, Object> values = new HashMap<>();

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResourceIfPossible(RESOURCE);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(RESOURCE, this);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(RESOURCE);
        }
    }
}
