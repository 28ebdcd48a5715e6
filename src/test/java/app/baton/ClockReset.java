package app.baton;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Every test starts at the start instant ({@link MutableClock#start()}), whatever the test before it did to the
 * shared clock of a cached Spring context: a test that moves time cannot move the next one's. Registered for every
 * Spring test in {@code META-INF/spring.factories}.
 */
public class ClockReset implements TestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(MutableClock.class).ifAvailable(MutableClock::reset);
    }
}
