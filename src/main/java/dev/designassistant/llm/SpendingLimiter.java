package dev.designassistant.llm;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;

/**
 * A per-client rate limit on the requests that spend LLM calls (Resilience4j rate limiters, one per client),
 * so one client cannot use up the upstream quota or the bulkhead for everyone else.
 */
@ApplicationScoped
public class SpendingLimiter {

    private final RateLimiterRegistry limiters;
    private final boolean unlimited;

    public SpendingLimiter(LlmConfig config) {
        int perMinute = config.rateLimit().perClientPerMinute();
        this.unlimited = perMinute <= 0;
        this.limiters = RateLimiterRegistry.of(RateLimiterConfig.custom()
                .limitForPeriod(Math.max(perMinute, 1))
                .limitRefreshPeriod(Duration.ofMinutes(1))
                .timeoutDuration(Duration.ZERO)
                .build());
    }

    /**
     * Counts one request of the client.
     *
     * @throws RateLimitedException when the client has used up this minute's requests
     */
    public void acquire(String client) {
        if (unlimited) {
            return;
        }
        RateLimiter limiter = limiters.rateLimiter(client);
        if (!limiter.acquirePermission()) {
            // the limiter's public interface does not say when its next period starts: at the latest a period on
            throw new RateLimitedException(limiter.getRateLimiterConfig().getLimitRefreshPeriod());
        }
    }
}
