package dev.designassistant.session;

import org.jdbi.v3.core.mapper.RowMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * How the stored rows become the session package's records: one mapper per record, reading its columns by name,
 * and the single-value mappers the DAOs' scalar queries use. A new column is one line here and one in the record.
 * <p>
 * Written out rather than left to Jdbi's {@code ConstructorMapper} or its mapper lookup: those inspect the record's
 * constructor, the result set's columns and the registered mappers again for every query, which made row mapping
 * the largest single share of the service's CPU per brief (BENCHMARKS.md, issue 15).
 */
final class RowMapping {

    static final RowMapper<Session> SESSION = (rs, ctx) -> new Session(rs.getString("id"), rs.getString("owner"),
            rs.getString("template_id"), rs.getString("template_hash"), rs.getString("parameters"),
            rs.getString("warnings"), rs.getString("model"), instant(rs, "created_at"),
            instant(rs, "updated_at"));

    static final RowMapper<ChainStep> STEP = (rs, ctx) -> new ChainStep(rs.getInt("index"),
            StepKind.valueOf(rs.getString("kind")), rs.getString("question"), StepStatus.valueOf(rs.getString("status")),
            rs.getString("reason"), instant(rs, "started_at"), instant(rs, "finished_at"));

    static final RowMapper<Message> MESSAGE = (rs, ctx) -> new Message(rs.getInt("seq"), rs.getString("role"),
            rs.getString("content"), integer(rs, "step"), rs.getString("model"), rs.getString("model_id"),
            rs.getString("finish_reason"), null, rs.getString("fallback_from"),
            Message.SkippedModel.read(rs.getString("skipped")), booleanOrNull(rs, "cached"),
            integer(rs, "input_tokens"), integer(rs, "output_tokens"), doubleOrNull(rs, "cost"),
            longOrNull(rs, "latency_ms"), instant(rs, "created_at"));

    static final RowMapper<ModelUsage> USAGE = (rs, ctx) -> new ModelUsage(rs.getString("model"),
            rs.getLong("requests"), rs.getLong("input_tokens"), rs.getLong("output_tokens"), rs.getLong("cached"),
            doubleOrNull(rs, "cost"));

    static final RowMapper<CachedAnswer> CACHED_ANSWER = (rs, ctx) -> new CachedAnswer(rs.getString("cache_key"),
            rs.getString("model"), rs.getString("model_id"), rs.getString("content"), rs.getString("finish_reason"),
            integer(rs, "input_tokens"), integer(rs, "output_tokens"), instant(rs, "created_at"),
            instant(rs, "expires_at"));

    /** The first column of a row, as a number or text. */
    static final RowMapper<Integer> INT = (rs, ctx) -> rs.getInt(1);
    static final RowMapper<Long> LONG = (rs, ctx) -> rs.getLong(1);
    static final RowMapper<String> STRING = (rs, ctx) -> rs.getString(1);

    private RowMapping() {
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Boolean booleanOrNull(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    private static Double doubleOrNull(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
