package dev.designassistant.session;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The sessions' datasource for the features that need it raw (Bucket4j's PostgreSQL backend, the connection that
 * listens for chain events), and whether several instances can share it: PostgreSQL can, an embedded H2 cannot.
 */
@ApplicationScoped
public class SessionDataSource {

    private final AgroalDataSource dataSource;
    private final boolean shared;

    public SessionDataSource(SessionConfig config) {
        this.dataSource = Arc.container()
                .select(AgroalDataSource.class, new DataSource.DataSourceLiteral(config.datasource()))
                .get();
        String url = dataSource.getConfiguration().connectionPoolConfiguration().connectionFactoryConfiguration()
                .jdbcUrl();
        this.shared = url != null && url.startsWith("jdbc:postgresql:");
    }

    /** True on PostgreSQL: other instances may use the same database, so what they share must be counted there. */
    public boolean shared() {
        return shared;
    }

    public javax.sql.DataSource dataSource() {
        return dataSource;
    }

    /** A connection of the pool, for a caller that keeps it (and closes it when done or broken). */
    public Connection connection() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new StorageException(e);
        }
    }
}
