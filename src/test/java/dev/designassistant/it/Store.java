package dev.designassistant.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * A fresh session database for service processes, configured with the environment variables the README
 * documents: an H2 file in a temporary folder, or a database of its own on the local PostgreSQL.
 */
final class Store implements AutoCloseable {

    private static final String PG_SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    private final Map<String, String> env;
    private final String pgDatabase;

    private Store(Map<String, String> env, String pgDatabase) {
        this.env = env;
        this.pgDatabase = pgDatabase;
    }

    static Store create(String kind) throws IOException, SQLException {
        Map<String, String> env = new HashMap<>();
        if (kind.equals("h2")) {
            Path dir = Files.createTempDirectory("assistant-it-");
            env.put("QUARKUS_DATASOURCE_H2_JDBC_URL", "jdbc:h2:file:" + dir.resolve("assistant")
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
            return new Store(env, null);
        }
        String database = "assistant_it_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 100_000;
        execute("create database " + database);
        env.put("QUARKUS_PROFILE", "prod,pg");
        env.put("QUARKUS_DATASOURCE_PG_JDBC_URL", PG_SERVER + database);
        env.put("QUARKUS_DATASOURCE_PG_USERNAME", "postgres");
        env.put("QUARKUS_DATASOURCE_PG_PASSWORD", "");
        return new Store(env, database);
    }

    /** The environment of a service on this store, plus the given variables. */
    Map<String, String> env(Map<String, String> more) {
        Map<String, String> all = new HashMap<>(env);
        all.putAll(more);
        return all;
    }

    @Override
    public void close() throws SQLException {
        if (pgDatabase != null) {
            execute("drop database if exists " + pgDatabase + " with (force)");
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(PG_SERVER + "postgres", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
