package dev.designassistant.api;

import dev.designassistant.session.Database;
import dev.designassistant.session.SessionConfig;
import dev.designassistant.session.StorageException;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Idempotency keys in the session database, so a repeat is recognised by every instance and after a restart.
 * A key is claimed by its first request; a repeat with the same body gets that request's response, a repeat
 * with another body is refused, and a repeat while the first is in flight is told to wait.
 */
@ApplicationScoped
public class IdempotencyStore {

    private final Database db;
    private final Clock clock;
    private final SessionConfig config;

    public IdempotencyStore(Database db, Clock clock, SessionConfig config) {
        this.db = db;
        this.clock = clock;
        this.config = config;
    }

    /**
     * Claims the key for a request with this body hash. Empty: the caller runs the request and then
     * {@link #complete completes} or {@link #release releases} the key. Present: the first request's response.
     *
     * @throws IdempotencyKeyReusedException   when the key was first used with another body
     * @throws IdempotencyKeyInFlightException when the first request is still running
     */
    public Optional<IdempotencyRecord> begin(String owner, String key, String requestHash) {
        try {
            return db.inTransaction(h -> claim(new IdempotencyDao(h), owner, key, requestHash));
        } catch (StorageException e) {
            if (e.duplicateKey()) {
                // another request inserted the same key between our lookup and our insert: decide again
                return db.inTransaction(h -> claim(new IdempotencyDao(h), owner, key, requestHash));
            }
            throw e;
        }
    }

    /** Remembers the response the key's request got; repeats replay it. */
    public void complete(String owner, String key, int status, String body, String location) {
        db.inTransaction(h -> {
            new IdempotencyDao(h).complete(owner, key, status, body, location);
            return null;
        });
    }

    /** Forgets the key of a request that produced nothing to replay (it failed), so a repeat runs it again. */
    public void release(String owner, String key) {
        db.inTransaction(h -> {
            new IdempotencyDao(h).delete(owner, key);
            return null;
        });
    }

    /** Forgets keys older than their time to live. */
    @Scheduled(every = "1h", delayed = "1m")
    public void purgeExpired() {
        Instant cutoff = clock.instant().minus(config.idempotencyKeyTtl());
        db.inTransaction(h -> new IdempotencyDao(h).deleteStartedBefore(cutoff));
    }

    private Optional<IdempotencyRecord> claim(IdempotencyDao keys, String owner, String key, String hash) {
        Instant now = clock.instant();
        Optional<IdempotencyDao.KeyRow> existing = keys.lock(owner, key);
        if (existing.isEmpty() || existing.get().createdAt().isBefore(now.minus(config.idempotencyKeyTtl()))) {
            keys.delete(owner, key);
            keys.insert(owner, key, hash, now);
            return Optional.empty();
        }
        IdempotencyRecord record = existing.get().record();
        if (!record.requestHash().equals(hash)) {
            throw new IdempotencyKeyReusedException(key);
        }
        if (record.completed()) {
            return Optional.of(record);
        }
        if (existing.get().createdAt().isAfter(now.minus(config.idempotencyInFlightTimeout()))) {
            throw new IdempotencyKeyInFlightException(key);
        }
        keys.restart(owner, key, hash, now);
        return Optional.empty();
    }
}
