package app.baton;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Vaadin gives each Spring context its own security-context strategy, and the context started last owns the
 * static {@code SecurityContextHolder}. With several cached test contexts, point the holder back at the
 * running test's context before each test, so method security, filters and fixtures read the same holder.
 * Registered for every Spring test in {@code META-INF/spring.factories}.
 */
public class SecurityHolderAlignment implements TestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        testContext
                .getApplicationContext()
                .getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
}
