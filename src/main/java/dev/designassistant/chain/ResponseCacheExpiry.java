package dev.designassistant.chain;

import dev.designassistant.llm.LlmConfig;
import dev.designassistant.session.ResponseCacheStore;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;

/**
 * Clears the response cache's expired rows, then its oldest rows beyond {@code max-rows}, a bounded batch per
 * statement and a bounded number of batches per run, so that no run holds the table long. Every instance runs it; a
 * row removed twice is removed once.
 */
@ApplicationScoped
public class ResponseCacheExpiry {

    private static final Logger LOG = Logger.getLogger(ResponseCacheExpiry.class);
    /** Batches per run at most: a large backlog goes over a few runs rather than in one long one. */
    static final int MAX_BATCHES = 20;

    private final LlmConfig.CacheSettings settings;
    private final ResponseCacheStore store;
    private final Clock clock;

    public ResponseCacheExpiry(LlmConfig config, ResponseCacheStore store, Clock clock) {
        this.settings = config.cache();
        this.store = store;
        this.clock = clock;
    }

    @Scheduled(every = "${assistant.llm.cache.expiry-every:1m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (settings.enabled()) {
            clear();
        }
    }

    /** One run: expired rows first, then surplus ones; how many rows went. */
    public int clear() {
        int removed = 0;
        int batch = Math.max(1, settings.expiryBatch());
        for (int i = 0, n = batch; i < MAX_BATCHES && n == batch; i++) {
            n = store.removeExpired(clock.instant(), batch);
            removed += n;
        }
        for (int i = 0, n = batch; i < MAX_BATCHES && n == batch; i++) {
            n = store.trimTo(settings.maxRows(), batch);
            removed += n;
        }
        if (removed > 0) {
            LOG.debugf("Response cache: %d row(s) cleared", removed);
        }
        return removed;
    }
}
