package dev.designassistant.session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** SQL for a session's messages, kept in conversation order by a per-session sequence number. */
final class MessageRepository {

    /** Appends a message after the session's last one; call with the session row locked. */
    int append(Connection c, String sessionId, Message m) throws SQLException {
        int seq = nextSeq(c, sessionId);
        try (PreparedStatement ps = c.prepareStatement("insert into message (session_id, seq, role, content, step_idx, "
                + "model, input_tokens, output_tokens, latency_ms, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, sessionId);
            ps.setInt(2, seq);
            ps.setString(3, m.role());
            ps.setString(4, m.content());
            setInt(ps, 5, m.step());
            ps.setString(6, m.model());
            setInt(ps, 7, m.inputTokens());
            setInt(ps, 8, m.outputTokens());
            if (m.latencyMs() == null) {
                ps.setNull(9, Types.BIGINT);
            } else {
                ps.setLong(9, m.latencyMs());
            }
            ps.setTimestamp(10, Timestamp.from(m.createdAt()));
            ps.executeUpdate();
        }
        return seq;
    }

    /** Input and output tokens the session's answers have used so far. */
    long tokensUsed(Connection c, String sessionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select coalesce(sum(coalesce(input_tokens, 0) "
                + "+ coalesce(output_tokens, 0)), 0) from message where session_id = ?")) {
            ps.setString(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    boolean exists(Connection c, String sessionId, int step, String role) throws SQLException {
        return seqOf(c, sessionId, step, role).isPresent();
    }

    /** Where the step's message of that role stands in the conversation, if it is stored. */
    OptionalInt seqOf(Connection c, String sessionId, int step, String role) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select seq from message where session_id = ? and step_idx = ? and role = ?")) {
            ps.setString(1, sessionId);
            ps.setInt(2, step);
            ps.setString(3, role);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? OptionalInt.of(rs.getInt(1)) : OptionalInt.empty();
            }
        }
    }

    List<Message> list(Connection c, String sessionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select seq, role, content, step_idx, model, input_tokens, "
                + "output_tokens, latency_ms, created_at from message where session_id = ? order by seq")) {
            ps.setString(1, sessionId);
            List<Message> messages = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    messages.add(new Message(rs.getInt(1), rs.getString(2), rs.getString(3), integer(rs, 4),
                            rs.getString(5), integer(rs, 6), integer(rs, 7), longValue(rs, 8),
                            rs.getTimestamp(9).toInstant()));
                }
            }
            return messages;
        }
    }

    private static int nextSeq(Connection c, String sessionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select coalesce(max(seq), 0) + 1 from message where session_id = ?")) {
            ps.setString(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static void setInt(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Long longValue(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    /** Stores a step's question as the user message, once: a step resumed after a crash keeps its stored question. */
    void appendQuestionOnce(Connection c, String sessionId, ChainStep step, java.time.Instant now) throws SQLException {
        if (!exists(c, sessionId, step.index(), Message.USER)) {
            appendQuestion(c, sessionId, step, now);
        }
    }

    /** Stores a step's question as the user message; for a step asked for the first time. */
    void appendQuestion(Connection c, String sessionId, ChainStep step, java.time.Instant now) throws SQLException {
        append(c, sessionId, new Message(0, Message.USER, step.question(), step.index(), null, null, null, null, now));
    }
}
