package app.baton.load;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * The response times of every UIDL request of a run, each to the millisecond, for the latency the targets name
 * (issue 16: UIDL p95 and p99) apart from Gatling's figures over every request, which also hold the sign-ins'
 * password hashing, the pages' HTML and the API's uploads. Counts per millisecond, so recording is lock-free and the
 * percentiles exact; anything slower than a minute is counted at a minute.
 */
final class UidlTimes {

    private static final int MAX_MS = 60_000;
    private static final AtomicIntegerArray COUNTS = new AtomicIntegerArray(MAX_MS + 1);

    private UidlTimes() {}

    static void record(long millis) {
        COUNTS.incrementAndGet((int) Math.clamp(millis, 0, MAX_MS));
    }

    /** One line: how many, the median, 95th and 99th percentiles (nearest rank) and the slowest, in ms. */
    static String summary() {
        long total = 0;
        for (int i = 0; i <= MAX_MS; i++) {
            total += COUNTS.get(i);
        }
        if (total == 0) {
            return "UIDL requests: none";
        }
        return String.format(
                Locale.ROOT,
                "UIDL requests: %d, p50 %d ms, p95 %d ms, p99 %d ms, max %d ms",
                total,
                rank(total, 0.50),
                rank(total, 0.95),
                rank(total, 0.99),
                rank(total, 1.0));
    }

    private static int rank(long total, double share) {
        long wanted = Math.max(1, (long) Math.ceil(total * share));
        long seen = 0;
        for (int i = 0; i <= MAX_MS; i++) {
            seen += COUNTS.get(i);
            if (seen >= wanted) {
                return i;
            }
        }
        return MAX_MS;
    }
}
