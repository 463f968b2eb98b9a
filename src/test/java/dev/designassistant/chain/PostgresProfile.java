package dev.designassistant.chain;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Runs a test against the local PostgreSQL (127.0.0.1:5432, trust auth) in a database of its own, created
 * here and dropped when the JVM ends, with the same jar configuration a user sets: the {@code pg} profile.
 */
public class PostgresProfile implements QuarkusTestProfile {

    static final String DATABASE = "assistant_test_" + ProcessHandle.current().pid();
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    @Override
    public Map<String, String> getConfigOverrides() {
        createDatabase();
        return Map.of(
                "quarkus.datasource.h2.active", "false",
                "quarkus.datasource.pg.active", "true",
                "quarkus.datasource.pg.jdbc.url", SERVER + DATABASE,
                "quarkus.datasource.pg.username", "postgres",
                "assistant.sessions.datasource", "pg");
    }

    private static boolean created;

    private static synchronized void createDatabase() {
        if (created) {
            return;
        }
        created = true;
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("drop database if exists " + DATABASE);
            s.execute("create database " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("the tests need the local PostgreSQL on 127.0.0.1:5432", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(PostgresProfile::dropDatabase));
    }

    private static void dropDatabase() {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("drop database if exists " + DATABASE + " with (force)");
        } catch (SQLException e) {
            // best effort: the next run drops it first anyway
        }
    }
}
