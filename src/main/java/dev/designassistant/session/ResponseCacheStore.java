package dev.designassistant.session;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Optional;

/**
 * The response cache's rows in the session database, so that every instance of a deployment shares them. Reads see
 * only rows that have not expired; expired and surplus rows are removed in bounded batches, so that no delete holds
 * a long lock.
 */
@ApplicationScoped
public class ResponseCacheStore {

    private final Database db;

    public ResponseCacheStore(Database db) {
        this.db = db;
    }

    /** The answer stored under the key, unless it has expired. */
    public Optional<CachedAnswer> find(String key, Instant now) {
        return db.read(h -> new ResponseCacheDao(h).find(key, now));
    }

    /** Stores an answer under its key (a later answer of the same call replaces it). */
    public void put(CachedAnswer answer) {
        db.inTransaction(h -> {
            new ResponseCacheDao(h).put(answer);
            return null;
        }, Durability.WITH_NEXT_WRITE); // a cached answer lost in a crash costs one call again, not a user's data
    }

    /** Removes at most {@code batch} expired rows; how many. */
    public int removeExpired(Instant now, int batch) {
        return db.inTransaction(h -> new ResponseCacheDao(h).removeExpired(now, batch));
    }

    /** Removes at most {@code batch} of the oldest rows while there are more than {@code maxRows}; how many. */
    public int trimTo(long maxRows, int batch) {
        return db.inTransaction(h -> {
            ResponseCacheDao dao = new ResponseCacheDao(h);
            long surplus = dao.count() - maxRows;
            return surplus <= 0 ? 0 : dao.removeOldest((int) Math.min(surplus, batch));
        });
    }
}
