package app.baton;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Base of database-backed tests: registers the chosen test database. */
@IntegrationTest
public abstract class DatabaseIT {

    @Autowired
    private ObjectProvider<SecurityContextHolderStrategy> securityContextHolderStrategy;

    /**
     * Each Spring context (Vaadin installs one per context) has its own security-context strategy, and the last
     * context started owns the static {@code SecurityContextHolder}. Point it back at this test's context, so
     * method security, the filters and test fixtures all read the same holder.
     */
    @BeforeEach
    void useThisContextsSecurityHolder() {
        securityContextHolderStrategy.ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }
}
