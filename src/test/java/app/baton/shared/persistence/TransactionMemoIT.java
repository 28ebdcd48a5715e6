package app.baton.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.DatabaseTestBase;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** A read-only transaction works a value out once; anything else works it out every time (issue 16). */
class TransactionMemoIT extends DatabaseTestBase {

    @Autowired
    PlatformTransactionManager transactions;

    private final AtomicInteger computed = new AtomicInteger();

    private String value(String key) {
        return TransactionMemo.get(key, () -> key + "#" + computed.incrementAndGet());
    }

    private TransactionTemplate template(boolean readOnly, int propagation) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setReadOnly(readOnly);
        template.setPropagationBehavior(propagation);
        return template;
    }

    @Test
    void a_read_only_transaction_works_each_key_out_once() {
        TransactionTemplate readOnly = template(true, TransactionDefinition.PROPAGATION_REQUIRED);
        readOnly.executeWithoutResult(status -> {
            assertThat(value("a")).isEqualTo("a#1");
            assertThat(value("a")).isEqualTo("a#1");
            assertThat(value("b")).isEqualTo("b#2");
            assertThat(value("a")).isEqualTo("a#1");
        });
        // the next transaction reads again: nothing is kept past the end of one
        readOnly.executeWithoutResult(status -> assertThat(value("a")).isEqualTo("a#3"));
    }

    @Test
    void a_transaction_that_may_write_or_none_works_it_out_every_time() {
        template(false, TransactionDefinition.PROPAGATION_REQUIRED).executeWithoutResult(status -> {
            assertThat(value("a")).isEqualTo("a#1");
            assertThat(value("a")).isEqualTo("a#2");
        });
        assertThat(value("a")).isEqualTo("a#3");
        assertThat(value("a")).isEqualTo("a#4");
    }

    @Test
    void a_transaction_started_inside_keeps_its_own_and_the_outer_one_gets_its_own_back() {
        TransactionTemplate inner = template(true, TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        template(true, TransactionDefinition.PROPAGATION_REQUIRED).executeWithoutResult(status -> {
            assertThat(value("a")).isEqualTo("a#1");
            inner.executeWithoutResult(innerStatus -> {
                assertThat(value("a")).isEqualTo("a#2");
                assertThat(value("a")).isEqualTo("a#2");
            });
            assertThat(value("a")).isEqualTo("a#1");
            // a writing transaction inside keeps nothing and sees nothing of the outer one
            template(false, TransactionDefinition.PROPAGATION_REQUIRES_NEW)
                    .executeWithoutResult(innerStatus -> assertThat(value("a")).isEqualTo("a#3"));
            assertThat(value("a")).isEqualTo("a#1");
        });
    }
}
