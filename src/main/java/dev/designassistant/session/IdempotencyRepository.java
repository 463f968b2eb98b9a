package dev.designassistant.session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** SQL for idempotency keys; a key is scoped to its owner, so two clients may use the same key. */
final class IdempotencyRepository {

    static final String IN_FLIGHT = "IN_FLIGHT";
    static final String COMPLETED = "COMPLETED";

    void insert(Connection c, String owner, String key, String hash, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into idempotency_key "
                + "(owner, idem_key, request_hash, status, created_at) values (?, ?, ?, ?, ?)")) {
            ps.setString(1, owner);
            ps.setString(2, key);
            ps.setString(3, hash);
            ps.setString(4, IN_FLIGHT);
            ps.setTimestamp(5, Timestamp.from(now));
            ps.executeUpdate();
        }
    }

    /** The record and when it was started, locked until the transaction ends. */
    Optional<Locked> lock(Connection c, String owner, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select request_hash, status, response_status, response_body, "
                + "location, created_at from idempotency_key where owner = ? and idem_key = ? for update")) {
            ps.setString(1, owner);
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                boolean completed = COMPLETED.equals(rs.getString(2));
                IdempotencyRecord record = new IdempotencyRecord(rs.getString(1),
                        completed ? rs.getInt(3) : null, rs.getString(4), rs.getString(5));
                return Optional.of(new Locked(record, rs.getTimestamp(6).toInstant()));
            }
        }
    }

    /** Takes over a record whose request was abandoned (its process died in flight). */
    void restart(Connection c, String owner, String key, String hash, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update idempotency_key set request_hash = ?, status = ?, "
                + "response_status = null, response_body = null, location = null, created_at = ? "
                + "where owner = ? and idem_key = ?")) {
            ps.setString(1, hash);
            ps.setString(2, IN_FLIGHT);
            ps.setTimestamp(3, Timestamp.from(now));
            ps.setString(4, owner);
            ps.setString(5, key);
            ps.executeUpdate();
        }
    }

    void complete(Connection c, String owner, String key, int status, String body, String location)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update idempotency_key set status = ?, response_status = ?, "
                + "response_body = ?, location = ? where owner = ? and idem_key = ?")) {
            ps.setString(1, COMPLETED);
            ps.setInt(2, status);
            ps.setString(3, body);
            ps.setString(4, location);
            ps.setString(5, owner);
            ps.setString(6, key);
            ps.executeUpdate();
        }
    }

    void delete(Connection c, String owner, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("delete from idempotency_key where owner = ? and idem_key = ?")) {
            ps.setString(1, owner);
            ps.setString(2, key);
            ps.executeUpdate();
        }
    }

    int deleteStartedBefore(Connection c, Instant cutoff) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("delete from idempotency_key where created_at < ?")) {
            ps.setTimestamp(1, Timestamp.from(cutoff));
            return ps.executeUpdate();
        }
    }

    record Locked(IdempotencyRecord record, Instant startedAt) {
    }
}
