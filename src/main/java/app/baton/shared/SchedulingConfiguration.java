package app.baton.shared;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the scheduled jobs (experiments starting and reminders) unless {@code baton.scheduling.enabled=false}; tests
 * switch it off and call the jobs themselves with the test clock. With several app replicas each job runs on one
 * of them at a time: a job annotated {@code @SchedulerLock} first takes its row in the {@code shedlock} table (the
 * database's clock decides when a lock ends), and the jobs are written to be safe if they ever run twice.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
@ConditionalOnProperty(name = "baton.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return locks(dataSource);
    }

    /** The lock provider over the {@code shedlock} table (also used by the test of two schedulers). */
    public static LockProvider locks(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
