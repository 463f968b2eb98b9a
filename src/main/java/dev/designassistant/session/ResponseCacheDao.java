package dev.designassistant.session;

import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.util.Optional;

/** SQL for the response cache, on one transaction's handle. (Why a class over Jdbi's fluent API: {@link SessionDao}.) */
final class ResponseCacheDao {

    private final Handle h;

    ResponseCacheDao(Handle h) {
        this.h = h;
    }

    Optional<CachedAnswer> find(String key, Instant now) {
        return h.createQuery("select cache_key, model, model_id, content, finish_reason, input_tokens, output_tokens, "
                        + "created_at, expires_at from response_cache where cache_key = :key and expires_at > :now")
                .bind("key", key).bind("now", now)
                .map(RowMapping.CACHED_ANSWER).findOne();
    }

    /** Stores the answer, replacing an expired (or concurrent) one of the same key. */
    void put(CachedAnswer a) {
        h.createUpdate("delete from response_cache where cache_key = :key").bind("key", a.key()).execute();
        h.createUpdate("insert into response_cache (cache_key, model, model_id, content, finish_reason, input_tokens, "
                        + "output_tokens, created_at, expires_at) values (:key, :model, :modelId, :content, "
                        + ":finishReason, :inputTokens, :outputTokens, :createdAt, :expiresAt)")
                .bind("key", a.key()).bind("model", a.model()).bind("modelId", a.modelId())
                .bind("content", a.content()).bind("finishReason", a.finishReason())
                .bind("inputTokens", a.inputTokens()).bind("outputTokens", a.outputTokens())
                .bind("createdAt", a.createdAt()).bind("expiresAt", a.expiresAt())
                .execute();
    }

    /** Removes at most {@code batch} expired rows; how many. */
    int removeExpired(Instant now, int batch) {
        return h.createUpdate("delete from response_cache where cache_key in (select cache_key from response_cache "
                        + "where expires_at <= :now order by expires_at limit :batch)")
                .bind("now", now).bind("batch", batch).execute();
    }

    long count() {
        return h.createQuery("select count(*) from response_cache").map(RowMapping.LONG).one();
    }

    /** Removes at most {@code batch} of the oldest rows; how many. */
    int removeOldest(int batch) {
        return h.createUpdate("delete from response_cache where cache_key in (select cache_key from response_cache "
                        + "order by created_at limit :batch)")
                .bind("batch", batch).execute();
    }
}
