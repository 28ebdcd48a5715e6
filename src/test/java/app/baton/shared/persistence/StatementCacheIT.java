package app.baton.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.baton.DatabaseTestBase;
import com.mysql.cj.conf.PropertyKey;
import com.mysql.cj.jdbc.JdbcConnection;
import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** On MySQL and MariaDB every pooled connection caches the statements it parsed (decision 017). */
class StatementCacheIT extends DatabaseTestBase {

    @Autowired
    DataSource dataSource;

    @Test
    void each_connection_keeps_the_statements_it_parsed() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            assumeTrue(connection.isWrapperFor(JdbcConnection.class), "the test database is not MySQL or MariaDB");
            var settings = connection.unwrap(JdbcConnection.class).getPropertySet();
            assertThat(settings.getBooleanProperty(PropertyKey.cachePrepStmts).getValue())
                    .isTrue();
            assertThat(settings.getIntegerProperty(PropertyKey.prepStmtCacheSize)
                            .getValue())
                    .isEqualTo(500);
            assertThat(settings.getIntegerProperty(PropertyKey.prepStmtCacheSqlLimit)
                            .getValue())
                    .isEqualTo(8192);
            // a statement prepared twice on one connection reads the same: the cache changes no answer
            for (int i = 0; i < 2; i++) {
                try (var statement = connection.prepareStatement("select ? + 1")) {
                    statement.setInt(1, 41);
                    try (var result = statement.executeQuery()) {
                        assertThat(result.next()).isTrue();
                        assertThat(result.getInt(1)).isEqualTo(42);
                    }
                }
            }
        }
    }
}
