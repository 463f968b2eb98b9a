package dev.designassistant.session;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The active datasource (H2 or PostgreSQL, chosen at run time) and short JDBC transactions over it.
 * Any database failure surfaces as {@link StorageException}.
 */
@ApplicationScoped
public class Database {

    private final AgroalDataSource dataSource;

    public Database(SessionConfig config) {
        this.dataSource = Arc.container()
                .select(AgroalDataSource.class, new DataSource.DataSourceLiteral(config.datasource()))
                .get();
    }

    /** Work that needs a connection and returns a result. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs the work in one transaction: all of it is stored, or none of it. */
    public <T> T inTransaction(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StorageException(e);
        }
    }
}
