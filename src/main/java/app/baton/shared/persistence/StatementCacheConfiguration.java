package app.baton.shared.persistence;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Map;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * On MySQL and MariaDB, each pooled connection keeps what mysql-connector-j learned from the statements it prepared.
 * The driver prepares statements on the client by default and reads every SQL text it is given to find its
 * placeholders and what kind of statement it is; without a cache it did so for every statement of every request: 15 %
 * of the dashboard's CPU and 6 % over the founder's common pages (issue 16, decision 017). Set here, for whatever
 * profile or address points at MySQL (production, the tests on MariaDB, the load runs), rather than in one profile's
 * properties; the in-memory H2 is left alone.
 */
@Configuration(proxyBeanMethods = false)
class StatementCacheConfiguration {

    /** What each connection caches: up to 500 statements' parse results, for texts up to 8 KB (Hibernate's are long). */
    static final Map<String, String> DRIVER_PROPERTIES = Map.of(
            "cachePrepStmts", "true",
            "prepStmtCacheSize", "500",
            "prepStmtCacheSqlLimit", "8192");

    @Bean
    static BeanPostProcessor statementCache() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof HikariDataSource pool
                        && pool.getJdbcUrl() != null
                        && pool.getJdbcUrl().startsWith("jdbc:mysql:")) {
                    // before the pool's first connection: its settings are fixed once it starts
                    DRIVER_PROPERTIES.forEach((key, value) -> {
                        if (!pool.getDataSourceProperties().containsKey(key)) {
                            pool.addDataSourceProperty(key, value);
                        }
                    });
                }
                return bean;
            }
        };
    }
}
