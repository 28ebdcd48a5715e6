package app.baton.shared;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the scheduled jobs (experiments starting and reminders) unless {@code baton.scheduling.enabled=false}; tests
 * switch it off and call the jobs themselves with the test clock.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "baton.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {}
