package app.baton.shared.tenant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Where Hibernate's sessions take their connections: from the one pool, with the connection's {@code @baton_tenant}
 * set to the session's company before the session uses it ({@link TenantRestriction}). Hibernate hands over the
 * tenant the session was opened with, so what a session reads is its own company's whatever runs on the thread later.
 * One short statement each time a session takes a connection; a connection Hibernate takes for itself (start-up's
 * checks) gets none ({@code NULL}) and reads no company's rows, whoever used it before.
 */
@Component
class TenantConnections implements MultiTenantConnectionProvider<Long>, HibernatePropertiesCustomizer {

    private final DataSource dataSource;

    TenantConnections(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Connection getConnection(Long tenant) throws SQLException {
        return withCompany(tenant);
    }

    @Override
    public void releaseConnection(Long tenant, Connection connection) throws SQLException {
        // the next session to take it sets the variable again before its first statement
        connection.close();
    }

    @Override
    public Connection getAnyConnection() throws SQLException {
        return withCompany(null);
    }

    /** A pooled connection whose {@code @baton_tenant} is the company given, or none. */
    private Connection withCompany(@Nullable Long tenant) throws SQLException {
        Connection connection = dataSource.getConnection();
        try (PreparedStatement set = connection.prepareStatement(TenantRestriction.SET)) {
            if (tenant == null) {
                set.setNull(1, Types.BIGINT);
            } else {
                set.setLong(1, tenant);
            }
            set.execute();
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    @Override
    public void releaseAnyConnection(Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    public boolean supportsAggressiveRelease() {
        return false;
    }

    @Override
    public boolean isUnwrappableAs(Class<?> type) {
        return type.isInstance(this) || type.isInstance(dataSource);
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        if (type.isInstance(dataSource)) {
            return type.cast(dataSource);
        }
        throw new IllegalArgumentException("not a " + type.getName());
    }

    @Override
    public void customize(Map<String, Object> hibernateProperties) {
        hibernateProperties.put(AvailableSettings.MULTI_TENANT_CONNECTION_PROVIDER, this);
    }
}
