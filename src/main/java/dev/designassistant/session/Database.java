package dev.designassistant.session;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementException;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.core.statement.TemplateEngine;

import java.sql.SQLException;

/**
 * The active datasource (H2 or PostgreSQL, chosen at run time) and short transactions over it, through Jdbi; the
 * DAOs ({@link SessionDao}, {@link StepDao}, {@link MessageDao}) work on the transaction's handle. The only place
 * where a database failure is translated: any surfaces as {@link StorageException}.
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
    private static final String UNIQUE_VIOLATION = "23505";

    private final Jdbi jdbi;
    private final GroupCommit groupCommit; // null: each commit is durable by itself

    public Database(SessionConfig config) {
        AgroalDataSource dataSource = Arc.container()
                .select(AgroalDataSource.class, new DataSource.DataSourceLiteral(config.datasource()))
                .get();
        this.jdbi = Jdbi.create(dataSource);
        // the SQL is plain text with named parameters: no <attribute> templates to render for every statement
        jdbi.getConfig(SqlStatements.class).setTemplateEngine(TemplateEngine.NOP);
        // a failed statement's message names its SQL but never its arguments: those are users' briefs and answers
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(Database::withoutArguments);
        this.groupCommit = embeddedH2File(dataSource) ? h2Durability(config.groupCommit()) : null;
    }

    private static boolean embeddedH2File(AgroalDataSource dataSource) {
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
        try (Handle h = open()) { // failing to connect at all is a StorageException, as everywhere
            h.execute("SET WRITE_DELAY " + writeDelay);
        } catch (JdbiException e) {
            // a database user without admin rights: commits reach the file as the JDBC URL's WRITE_DELAY says
            LOG.warnf("Cannot set H2's WRITE_DELAY (%s): commits reach the file as the JDBC URL says; add "
                    + "WRITE_DELAY=0 to it so that a killed process loses nothing", e.getMessage());
            return null;
        }
        LOG.debugf("H2 commits: %s", grouped ? "group commit" : "written at every commit");
        return grouped ? new GroupCommit(this::checkpoint) : null;
    }

    /** A handle of its own; a failure to connect is a {@link StorageException}. */
    private Handle open() {
        try {
            return jdbi.open();
        } catch (JdbiException e) {
            throw translate(e);
        }
    }

    /** Writes every commit made so far to H2's file. */
    private void checkpoint() {
        try {
            jdbi.useHandle(h -> h.execute("CHECKPOINT"));
        } catch (JdbiException e) {
            throw translate(e);
        }
    }

    /** Work in a transaction, with its handle: the DAOs work on it ({@code new StepDao(h)}). */
    @FunctionalInterface
    public interface Work<T> {
        T run(Handle handle) throws SQLException;
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
        try {
            return jdbi.inTransaction(work::run);
        } catch (JdbiException e) {
            throw translate(e);
        } catch (SQLException e) { // plain JDBC on the handle's connection
            throw new StorageException(e, UNIQUE_VIOLATION.equals(e.getSQLState()));
        }
    }

    private static String withoutArguments(StatementException e) {
        StatementContext context = e.getStatementContext();
        return context == null || context.getRawSql() == null ? e.getShortMessage()
                : e.getShortMessage() + " [statement: \"" + context.getRawSql() + "\"]";
    }

    private static StorageException translate(JdbiException e) {
        return new StorageException(e, e.getCause() instanceof SQLException sql
                && UNIQUE_VIOLATION.equals(sql.getSQLState()));
    }
}
