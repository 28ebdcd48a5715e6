package app.baton.shared;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.DatabaseTestBase;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two schedulers (two app replicas, each with its own lock provider) start the same job at the same moment on the
 * real database: it runs once. Once its lock has ended it can run again.
 */
class SchedulerLockIT extends DatabaseTestBase {

    @Autowired
    DataSource dataSource;

    @Test
    void a_job_started_by_two_replicas_at_once_runs_once() throws Exception {
        String job = "test-job-" + System.nanoTime();
        LockingTaskExecutor replica1 = new DefaultLockingTaskExecutor(SchedulingConfiguration.locks(dataSource));
        LockingTaskExecutor replica2 = new DefaultLockingTaskExecutor(SchedulingConfiguration.locks(dataSource));
        AtomicInteger runs = new AtomicInteger();
        CyclicBarrier together = new CyclicBarrier(2);
        CountDownLatch done = new CountDownLatch(2);
        for (LockingTaskExecutor replica : new LockingTaskExecutor[] {replica1, replica2}) {
            Thread.ofPlatform().start(() -> {
                try {
                    together.await();
                    replica.executeWithLock(
                            (Runnable) () -> {
                                runs.incrementAndGet();
                                sleep(500);
                            },
                            new LockConfiguration(
                                    net.javacrumbs.shedlock.core.ClockProvider.now(),
                                    job,
                                    Duration.ofMinutes(1),
                                    Duration.ZERO));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        assertThat(runs).hasValue(1);

        // the lock ended with the run (lockAtLeastFor zero): the next tick runs it again, on either replica
        replica2.executeWithLock(
                (Runnable) runs::incrementAndGet,
                new LockConfiguration(
                        net.javacrumbs.shedlock.core.ClockProvider.now(), job, Duration.ofMinutes(1), Duration.ZERO));
        assertThat(runs).hasValue(2);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
