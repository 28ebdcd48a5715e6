package app.baton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The tests' clock: it starts at a fixed instant, never at the wall clock, and tests move it. The start is
 * {@value #DEFAULT_START} unless the system property {@value #PROPERTY} names another instant — the build runs the
 * date-sensitive classes again at several such instants (year end, month start, a leap day, midnight in Taipei), so
 * a test that only passes on some days fails on every day.
 *
 * <p>Unlike a plain fixed clock it honours {@link #withZone}: {@code LocalDate.now(clock.withZone(taipei))} is
 * Taipei's date, as in production.
 */
public class MutableClock extends Clock {

    /** The system property that sets the instant every test starts from. */
    public static final String PROPERTY = "baton.test.instant";

    /** 10:00 on a Wednesday in the middle of November 2026, Taipei time. */
    public static final String DEFAULT_START = "2026-11-18T02:00:00Z";

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    public MutableClock() {
        this(new AtomicReference<>(start()), ZoneOffset.UTC);
    }

    private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** The instant tests start from: the system property {@value #PROPERTY}, else {@value #DEFAULT_START}. */
    public static Instant start() {
        String configured = System.getProperty(PROPERTY);
        return Instant.parse(configured == null || configured.isBlank() ? DEFAULT_START : configured.trim());
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same moving time seen in another zone: moving either moves both. */
    @Override
    public Clock withZone(ZoneId zone) {
        return new MutableClock(now, zone);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    public void advance(Duration duration) {
        now.updateAndGet(current -> current.plus(duration));
    }

    public void set(Instant instant) {
        now.set(instant);
    }

    /** Back to the start instant. */
    public void reset() {
        now.set(start());
    }
}
