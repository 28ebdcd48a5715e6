package app.baton.reports;

import app.baton.shared.DomainException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * A bulkhead around reading and checking report files, the heaviest thing a request can ask of this server: at most
 * {@code baton.reports.concurrent-checks} at once (default: half the processors, at least one — so pages keep a core,
 * and the collector copies one check's rows at a time on a two-core server). A file that finds no room within
 * {@code baton.reports.check-wait} (default 2 s) is refused with {@code report.busy} — a 503 with Retry-After over the
 * API, a translated message on screen — instead of joining a queue that grows, so a burst of uploads slows its senders,
 * not every page of every other company on the server.
 */
@Component
class ReportGate {

    /** Work that may fail with an I/O error. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws IOException;
    }

    private final Semaphore permits;
    private final Duration wait;

    @org.springframework.beans.factory.annotation.Autowired
    ReportGate(ReportProperties properties) {
        this(properties.concurrentChecks(), properties.checkWait());
    }

    ReportGate(int concurrent, Duration wait) {
        this.permits = new Semaphore(allowed(concurrent, Runtime.getRuntime().availableProcessors()), true);
        this.wait = wait;
    }

    /** The checks allowed at once: the setting when it is positive, else half the processors, at least one. */
    static int allowed(int setting, int processors) {
        return setting > 0 ? setting : Math.max(1, processors / 2);
    }

    <T> T run(Work<T> work) throws IOException {
        boolean entered;
        try {
            entered = permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DomainException("report.busy");
        }
        if (!entered) {
            throw new DomainException("report.busy");
        }
        try {
            return work.run();
        } finally {
            permits.release();
        }
    }

    /** How many files could start now (tests and monitoring). */
    int free() {
        return permits.availablePermits();
    }
}
