package dev.designassistant.api;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.Optional;

/** SQL for idempotency keys; a key is scoped to its owner, so two clients may use the same key. */
@RegisterConstructorMapper(IdempotencyDao.KeyRow.class)
interface IdempotencyDao {

    /** Where a key's request stands. */
    enum KeyStatus { IN_FLIGHT, COMPLETED }

    @SqlUpdate("insert into idempotency_key (owner, idem_key, request_hash, status, created_at) "
            + "values (:owner, :key, :hash, 'IN_FLIGHT', :now)")
    void insert(String owner, String key, String hash, Instant now);

    /** The key's row, locked until the transaction ends. */
    @SqlQuery("select request_hash, status, response_status, response_body, location, created_at "
            + "from idempotency_key where owner = :owner and idem_key = :key for update")
    Optional<KeyRow> lock(String owner, String key);

    /** Takes over a key whose request was abandoned (its process died in flight). */
    @SqlUpdate("update idempotency_key set request_hash = :hash, status = 'IN_FLIGHT', response_status = null, "
            + "response_body = null, location = null, created_at = :now where owner = :owner and idem_key = :key")
    void restart(String owner, String key, String hash, Instant now);

    @SqlUpdate("update idempotency_key set status = 'COMPLETED', response_status = :status, response_body = :body, "
            + "location = :location where owner = :owner and idem_key = :key")
    void complete(String owner, String key, int status, String body, String location);

    @SqlUpdate("delete from idempotency_key where owner = :owner and idem_key = :key")
    void delete(String owner, String key);

    @SqlUpdate("delete from idempotency_key where created_at < :cutoff")
    int deleteStartedBefore(Instant cutoff);

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
