package dev.designassistant.session;

import dev.designassistant.chain.PostgresProfile;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.h2.tools.Server;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Puts the session database behind a {@link CuttableProxy}: an H2 TCP server of the test's own ({@code database=h2})
 * or the local PostgreSQL in a database of its own ({@code database=pg}); the service's datasource points at the
 * proxy, and the test gets a {@link DatabaseOutage} to cut it.
 */
public class DatabaseBehindProxy implements QuarkusTestResourceLifecycleManager {

    private static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    private String database;
    private Server h2;
    private CuttableProxy proxy;
    private DatabaseOutage outage;

    @Override
    public void init(Map<String, String> args) {
        database = args.getOrDefault("database", "h2");
    }

    @Override
    public Map<String, String> start() {
        return "pg".equals(database) ? startPostgres() : startH2();
    }

    private Map<String, String> startH2() {
        try {
            h2 = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
        } catch (SQLException e) {
            throw new IllegalStateException("H2 TCP server", e);
        }
        proxy = new CuttableProxy("127.0.0.1", h2.getPort());
        String path = "/mem:outage" + H2_OPTIONS;
        outage = new DatabaseOutage(proxy, "jdbc:h2:tcp://127.0.0.1:" + h2.getPort() + path, "sa");
        return Map.of("quarkus.datasource.h2.jdbc.url", "jdbc:h2:tcp://127.0.0.1:" + proxy.port() + path);
    }

    private Map<String, String> startPostgres() {
        Map<String, String> config = new HashMap<>(new PostgresProfile().getConfigOverrides());
        String direct = config.get("quarkus.datasource.pg.jdbc.url");
        proxy = new CuttableProxy("127.0.0.1", 5432);
        outage = new DatabaseOutage(proxy, direct, config.get("quarkus.datasource.pg.username"));
        config.put("quarkus.datasource.pg.jdbc.url", direct.replace("127.0.0.1:5432", "127.0.0.1:" + proxy.port()));
        return config;
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(outage, new TestInjector.AnnotatedAndMatchesType(InjectOutage.class,
                DatabaseOutage.class));
    }

    @Override
    public void stop() {
        if (proxy != null) {
            proxy.close();
        }
        if (h2 != null) {
            h2.stop();
        }
    }
}
