package dev.designassistant.session;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The test's handle on the session database: cut the service off from it, now or in the middle of a statement, give
 * it back, and count rows over a connection of the test's own (not through the proxy).
 */
public record DatabaseOutage(CuttableProxy proxy, String directUrl, String user) {

    /** The service loses the database: open connections die, new ones are refused. */
    public void cut() {
        proxy.cut();
    }

    /**
     * The service loses the database when it sends this SQL, before the database sees it: the transaction it is in
     * dies with the connection. (PostgreSQL's protocol carries SQL as UTF-8, H2's as UTF-16.)
     */
    public void cutWhenSent(String sql) {
        proxy.cutWhenSent(List.of(sql.getBytes(StandardCharsets.UTF_8), sql.getBytes(StandardCharsets.UTF_16BE)));
    }

    public boolean isCut() {
        return proxy.isCut();
    }

    public void restore() {
        proxy.restore();
    }

    /** Rows in a table, read directly from the database. */
    public long count(String table) {
        try (Connection c = DriverManager.getConnection(directUrl, user, "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("the test reads the database directly", e);
        }
    }
}
