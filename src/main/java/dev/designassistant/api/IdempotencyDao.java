package dev.designassistant.api;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * SQL for idempotency keys, on one transaction's handle; a key is scoped to its owner, so two clients may use the
 * same key. (A class over Jdbi's fluent API, like the session package's DAOs: see {@code session.SessionDao}.)
 */
final class IdempotencyDao {

    /** Where a key's request stands. */
    enum KeyStatus { IN_FLIGHT, COMPLETED }

    private static final RowMapper<KeyRow> KEY_ROW = (rs, ctx) -> {
        int status = rs.getInt("response_status");
        Integer responseStatus = rs.wasNull() ? null : status;
        Timestamp created = rs.getTimestamp("created_at");
        return new KeyRow(rs.getString("request_hash"), KeyStatus.valueOf(rs.getString("status")), responseStatus,
                rs.getString("response_body"), rs.getString("location"), created == null ? null : created.toInstant());
    };

    private final Handle h;

    IdempotencyDao(Handle h) {
        this.h = h;
    }

    void insert(String owner, String key, String hash, Instant now) {
        h.createUpdate("insert into idempotency_key (owner, idem_key, request_hash, status, created_at) "
                        + "values (:owner, :key, :hash, 'IN_FLIGHT', :now)")
                .bind("owner", owner).bind("key", key).bind("hash", hash).bind("now", now)
                .execute();
    }

    /** The key's row, locked until the transaction ends. */
    Optional<KeyRow> lock(String owner, String key) {
        return h.createQuery("select request_hash, status, response_status, response_body, location, created_at "
                        + "from idempotency_key where owner = :owner and idem_key = :key for update")
                .bind("owner", owner).bind("key", key)
                .map(KEY_ROW).findOne();
    }

    /** Takes over a key whose request was abandoned (its process died in flight). */
    void restart(String owner, String key, String hash, Instant now) {
        h.createUpdate("update idempotency_key set request_hash = :hash, status = 'IN_FLIGHT', "
                        + "response_status = null, response_body = null, location = null, created_at = :now "
                        + "where owner = :owner and idem_key = :key")
                .bind("hash", hash).bind("now", now).bind("owner", owner).bind("key", key)
                .execute();
    }

    void complete(String owner, String key, int status, String body, String location) {
        h.createUpdate("update idempotency_key set status = 'COMPLETED', response_status = :status, "
                        + "response_body = :body, location = :location where owner = :owner and idem_key = :key")
                .bind("status", status).bind("body", body).bind("location", location)
                .bind("owner", owner).bind("key", key)
                .execute();
    }

    void delete(String owner, String key) {
        h.createUpdate("delete from idempotency_key where owner = :owner and idem_key = :key")
                .bind("owner", owner).bind("key", key)
                .execute();
    }

    int deleteStartedBefore(Instant cutoff) {
        return h.createUpdate("delete from idempotency_key where created_at < :cutoff")
                .bind("cutoff", cutoff)
                .execute();
    }

    /** A key's row as stored. */
    record KeyRow(String requestHash, KeyStatus status, Integer responseStatus, String responseBody, String location,
                  Instant createdAt) {

        /** What the key stands for: its response only once the request completed. */
        IdempotencyRecord record() {
            return new IdempotencyRecord(requestHash, status == KeyStatus.COMPLETED ? responseStatus : null,
                    responseBody, location);
        }
    }
}
