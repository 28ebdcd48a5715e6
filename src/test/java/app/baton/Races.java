package app.baton;

import app.baton.TestFixtures.Person;
import app.baton.shared.DomainException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decisions racing on the real database with real threads: each contender, signed in as its person, reads in its own
 * transaction ({@code read}), waits at a barrier until every contender has read the same state, then writes
 * ({@code decide}). The outcome of each is "ok" or the message key it was refused with.
 */
public final class Races {

    private Races() {}

    /** One contender: who, what it reads first, and the decision it then takes. */
    public record Contender(Person person, Runnable read, Runnable decide) {}

    public static List<String> run(PlatformTransactionManager transactions, Contender... contenders) throws Exception {
        CyclicBarrier loaded = new CyclicBarrier(contenders.length);
        ExecutorService pool = Executors.newFixedThreadPool(contenders.length);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (Contender contender : contenders) {
                results.add(pool.submit(() -> {
                    TestFixtures.signIn(contender.person());
                    try {
                        return new TransactionTemplate(transactions).execute(status -> {
                            contender.read().run();
                            try {
                                loaded.await(20, TimeUnit.SECONDS);
                                contender.decide().run();
                                return "ok";
                            } catch (DomainException e) {
                                status.setRollbackOnly();
                                return e.messageKey();
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        });
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdown();
        }
    }
}
