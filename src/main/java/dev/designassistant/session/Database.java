package dev.designassistant.session;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The active datasource (H2 or PostgreSQL, chosen at run time) and short JDBC transactions over it.
 * Any database failure surfaces as {@link StorageException}.
 * <p>
 * A transaction that writes returns only once its commit is in the database's file. PostgreSQL sees to that at
 * commit. An embedded H2 file database would either write the file at every commit ({@code WRITE_DELAY=0}: one
 * store per transaction, the largest share of the service's CPU under load) or lose the last half second of
 * commits when the process is killed (its default); here it writes in the background only as a backstop and
 * {@link GroupCommit} flushes the commits of concurrent transactions together, before any of them returns.
 */
@ApplicationScoped
public class Database {

    private static final Logger LOG = Logger.getLogger(Database.class);
    // H2's background store: only a backstop while group commit flushes every writing transaction itself
    private static final int BACKGROUND_WRITE_DELAY_MS = 1000;

    private final AgroalDataSource dataSource;
    private final GroupCommit groupCommit; // null: each commit is durable by itself

    public Database(SessionConfig config) {
        this.dataSource = Arc.container()
                .select(AgroalDataSource.class, new DataSource.DataSourceLiteral(config.datasource()))
                .get();
        this.groupCommit = embeddedH2File() ? h2Durability(config.groupCommit()) : null;
    }

    private boolean embeddedH2File() {
        String url = dataSource.getConfiguration().connectionPoolConfiguration().connectionFactoryConfiguration()
                .jdbcUrl();
        if (url == null || !url.startsWith("jdbc:h2:")) {
            return false;
        }
        String target = url.substring("jdbc:h2:".length());
        return !(target.startsWith("mem:") || target.startsWith("tcp:") || target.startsWith("ssl:"));
    }

    /** Sets how H2 makes commits durable: group commit, or (switched off) a file write at every commit. */
    private GroupCommit h2Durability(boolean grouped) {
        int writeDelay = grouped ? BACKGROUND_WRITE_DELAY_MS : 0;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try {
                s.execute("SET WRITE_DELAY " + writeDelay);
            } catch (SQLException e) {
                // a database user without admin rights: commits reach the file as the JDBC URL's WRITE_DELAY says
                LOG.warnf("Cannot set H2's WRITE_DELAY (%s): commits reach the file as the JDBC URL says; add "
                        + "WRITE_DELAY=0 to it so that a killed process loses nothing", e.getMessage());
                return null;
            }
        } catch (SQLException e) {
            throw new StorageException(e);
        }
        LOG.debugf("H2 commits: %s", grouped ? "group commit" : "written at every commit");
        return grouped ? new GroupCommit(this::checkpoint) : null;
    }

    /** Writes every commit made so far to H2's file. */
    private void checkpoint() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CHECKPOINT");
        } catch (SQLException e) {
            throw new StorageException(e);
        }
    }

    /** Work that needs a connection and returns a result. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs the work in one transaction: all of it is stored, or none of it; returns once it is in the database's
     * file.
     */
    public <T> T inTransaction(Work<T> work) {
        return inTransaction(work, Durability.NOW);
    }

    /** Runs the work in one transaction, all or nothing; returns once it is in the file if {@code durability} says so. */
    public <T> T inTransaction(Work<T> work, Durability durability) {
        T result = transaction(work);
        if (durability == Durability.NOW) {
            awaitDurable();
        }
        return result;
    }

    /** Returns once every transaction committed so far is in the database's file. */
    public void awaitDurable() {
        if (groupCommit != null) { // otherwise each commit was durable by itself
            groupCommit.awaitDurable();
        }
    }

    /** Runs work that only reads, in one transaction (nothing to wait for on the file). */
    public <T> T read(Work<T> work) {
        return transaction(work);
    }

    private <T> T transaction(Work<T> work) {
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
