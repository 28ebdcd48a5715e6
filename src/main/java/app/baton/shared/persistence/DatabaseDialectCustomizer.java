package app.baton.shared.persistence;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * mysql-connector-j reports MariaDB as "MySQL 5.5.5-10.x-MariaDB", which makes Hibernate choose an old MySQL
 * dialect. When the server says MariaDB, tell Hibernate so, with the real version.
 */
@Component
class DatabaseDialectCustomizer implements HibernatePropertiesCustomizer {

    private static final Logger log = LoggerFactory.getLogger(DatabaseDialectCustomizer.class);
    private static final Pattern MARIADB_VERSION = Pattern.compile("(\\d+\\.\\d+\\.\\d+)-MariaDB");

    private final DataSource dataSource;

    DatabaseDialectCustomizer(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void customize(Map<String, Object> hibernateProperties) {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            String version = metaData.getDatabaseProductVersion();
            Matcher matcher = MARIADB_VERSION.matcher(version);
            if (matcher.find()) {
                hibernateProperties.put("jakarta.persistence.database-product-name", "MariaDB");
                hibernateProperties.put("jakarta.persistence.database-product-version", matcher.group(1));
                log.info("Database is MariaDB {}: using Hibernate's MariaDB dialect", matcher.group(1));
            }
        } catch (SQLException e) {
            log.warn("Could not read the database version; leaving dialect detection to Hibernate", e);
        }
    }
}
