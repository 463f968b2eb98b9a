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

/**
 * SQL for chain steps. A step is claimed with a conditional update, so one instance only runs it; a claim
 * carries a lease, and an expired lease (a crashed instance) returns the step to pending.
 */
final class StepRepository {

    private static final String COLUMNS = "idx, kind, question, status, reason, started_at, finished_at";

    void insert(Connection c, String sessionId, int index, StepKind kind, String question, StepStatus status)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into chain_step (session_id, idx, kind, question, status) values (?, ?, ?, ?, ?)")) {
            ps.setString(1, sessionId);
            ps.setInt(2, index);
            ps.setString(3, kind.name());
            ps.setString(4, question);
            ps.setString(5, status.name());
            ps.executeUpdate();
        }
    }

    List<ChainStep> list(Connection c, String sessionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS
                + " from chain_step where session_id = ? order by idx")) {
            ps.setString(1, sessionId);
            List<ChainStep> steps = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    steps.add(read(rs));
                }
            }
            return steps;
        }
    }

    /** The first pending step, if no step of the session is running or failed before it. */
    Optional<ChainStep> nextRunnable(Connection c, String sessionId) throws SQLException {
        for (ChainStep step : list(c, sessionId)) {
            if (step.status() == StepStatus.PENDING) {
                return Optional.of(step);
            }
            if (step.status() != StepStatus.DONE) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Claims a pending step for this instance; false when another instance was first. */
    boolean claim(Connection c, String sessionId, int index, String instance, Instant now, Instant leaseUntil)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update chain_step set status = 'RUNNING', claimed_by = ?, "
                + "lease_until = ?, started_at = ?, reason = null where session_id = ? and idx = ? and status = 'PENDING'")) {
            ps.setString(1, instance);
            ps.setTimestamp(2, Timestamp.from(leaseUntil));
            ps.setTimestamp(3, Timestamp.from(now));
            ps.setString(4, sessionId);
            ps.setInt(5, index);
            return ps.executeUpdate() == 1;
        }
    }

    /**
     * Claims a step the caller has just added (or returned to pending) under the session's lock, so that no other
     * instance can claim it first, and returns it as it now stands: running since now.
     */
    ChainStep claimAdded(Connection c, String sessionId, int index, StepKind kind, String question, String instance,
                         Instant now, Instant leaseUntil) throws SQLException {
        claim(c, sessionId, index, instance, now, leaseUntil);
        return new ChainStep(index, kind, question, StepStatus.RUNNING, null, now, null);
    }

    /** Ends a running step as done or failed (with its reason). */
    void finish(Connection c, String sessionId, int index, StepStatus status, String reason, Instant now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update chain_step set status = ?, reason = ?, finished_at = ?, "
                + "claimed_by = null, lease_until = null where session_id = ? and idx = ?")) {
            ps.setString(1, status.name());
            ps.setString(2, reason);
            ps.setTimestamp(3, Timestamp.from(now));
            ps.setString(4, sessionId);
            ps.setInt(5, index);
            ps.executeUpdate();
        }
    }

    /** Returns the session's failed steps to pending; the number of steps resumed. */
    int resumeFailed(Connection c, String sessionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update chain_step set status = 'PENDING', finished_at = null "
                + "where session_id = ? and status = 'FAILED'")) {
            ps.setString(1, sessionId);
            return ps.executeUpdate();
        }
    }

    /** Returns to pending every running step claimed by {@code pastSelf} (a past life of this instance) or whose lease ran out. */
    int releaseAbandoned(Connection c, String pastSelf, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update chain_step set status = 'PENDING', claimed_by = null, "
                + "lease_until = null where status = 'RUNNING' and (claimed_by = ? or lease_until < ?)")) {
            ps.setString(1, pastSelf);
            ps.setTimestamp(2, Timestamp.from(now));
            return ps.executeUpdate();
        }
    }

    /** Sessions that have a pending step: the chains there is work for. */
    List<String> sessionsWithPendingSteps(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select distinct session_id from chain_step where status = 'PENDING'")) {
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        }
    }

    int nextIndex(Connection c, String sessionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select coalesce(max(idx), -1) + 1 from chain_step where session_id = ?")) {
            ps.setString(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static ChainStep read(ResultSet rs) throws SQLException {
        Timestamp started = rs.getTimestamp(6);
        Timestamp finished = rs.getTimestamp(7);
        return new ChainStep(rs.getInt(1), StepKind.valueOf(rs.getString(2)), rs.getString(3),
                StepStatus.valueOf(rs.getString(4)), rs.getString(5),
                started == null ? null : started.toInstant(), finished == null ? null : finished.toInstant());
    }
}
