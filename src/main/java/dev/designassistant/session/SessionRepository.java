package dev.designassistant.session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL for the session rows. Every query is scoped to the owner, so no client reads another's sessions. */
final class SessionRepository {

    private static final String COLUMNS = "id, owner, template_id, template_hash, parameters, warnings, model, "
            + "created_at, updated_at";

    void insert(Connection c, Session s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into session (" + COLUMNS
                + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, s.id());
            ps.setString(2, s.owner());
            ps.setString(3, s.templateId());
            ps.setString(4, s.templateHash());
            ps.setString(5, s.parameters());
            ps.setString(6, s.warnings());
            ps.setString(7, s.model());
            ps.setTimestamp(8, Timestamp.from(s.createdAt()));
            ps.setTimestamp(9, Timestamp.from(s.updatedAt()));
            ps.executeUpdate();
        }
    }

    Optional<Session> find(Connection c, String id, String owner) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from session where id = ? and owner = ?")) {
            ps.setString(1, id);
            ps.setString(2, owner);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /**
     * Reads the session and locks its row until the transaction ends, so writes to one session happen one at a
     * time. Not scoped to an owner: background work locks sessions too; callers serving a client check the owner.
     */
    Optional<Session> lock(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from session where id = ? for update")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /**
     * Sets the session's last change to now and, like {@link #lock}, locks its row until the transaction ends;
     * false when there is no such session. Cheaper than {@code lock} where the row's columns are not needed (H2
     * parses a {@code select … for update} afresh every time: it does not cache it).
     */
    boolean touch(Connection c, String id, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update session set updated_at = ? where id = ?")) {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setString(2, id);
            return ps.executeUpdate() == 1;
        }
    }

    List<Session> page(Connection c, String owner, int offset, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from session where owner = ? "
                + "order by created_at desc, id desc limit ? offset ?")) {
            ps.setString(1, owner);
            ps.setInt(2, limit);
            ps.setInt(3, offset);
            List<Session> sessions = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sessions.add(read(rs));
                }
            }
            return sessions;
        }
    }

    long count(Connection c, String owner) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select count(*) from session where owner = ?")) {
            ps.setString(1, owner);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    boolean delete(Connection c, String id, String owner) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("delete from session where id = ? and owner = ?")) {
            ps.setString(1, id);
            ps.setString(2, owner);
            return ps.executeUpdate() == 1;
        }
    }

    private static Session read(ResultSet rs) throws SQLException {
        return new Session(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(), rs.getTimestamp(9).toInstant());
    }
}
