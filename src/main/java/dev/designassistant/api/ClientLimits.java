package dev.designassistant.api;

import dev.designassistant.llm.LlmConfig;
import dev.designassistant.llm.RateLimitedException;
import dev.designassistant.session.ClientUsage;
import dev.designassistant.session.SessionDataSource;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What one client may spend, for the whole deployment: requests that use the LLM per minute
 * ({@code assistant.llm.rate-limit.per-client-per-minute}) and tokens per day ({@code
 * assistant.access.daily-token-budget}). On PostgreSQL the rate limit's buckets live in the database (Bucket4j's
 * PostgreSQL backend, one row per client, locked while a request takes a token), so every instance counts
 * against the same bucket; on H2 (one instance) they are Bucket4j buckets in memory. Tokens are counted from the
 * stored answers, which every instance shares already.
 */
@ApplicationScoped
public class ClientLimits {

    private final int perMinute;
    private final long dailyTokens;
    private final ClientUsage usage;
    private final Clock clock;
    private final Function<String, Bucket> buckets;

    public ClientLimits(LlmConfig llm, AccessConfig access, ClientUsage usage, SessionDataSource db, Clock clock) {
        this.perMinute = llm.rateLimit().perClientPerMinute();
        this.dailyTokens = access.dailyTokenBudget();
        this.usage = usage;
        this.clock = clock;
        BucketConfiguration perClient = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(Math.max(perMinute, 1))
                        .refillIntervally(Math.max(perMinute, 1), Duration.ofMinutes(1)))
                .build();
        this.buckets = db.shared() ? shared(db, perClient) : local(perClient);
    }

    private static Function<String, Bucket> shared(SessionDataSource db, BucketConfiguration perClient) {
        ProxyManager<String> proxies = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(db.dataSource())
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .build();
        return client -> proxies.builder().build("rate:" + client, () -> perClient);
    }

    private static Function<String, Bucket> local(BucketConfiguration perClient) {
        Map<String, Bucket> local = new ConcurrentHashMap<>();
        return client -> local.computeIfAbsent(client, c -> Bucket.builder()
                .addLimit(perClient.getBandwidths()[0]).build());
    }

    /**
     * Counts one LLM-spending request of the client.
     *
     * @throws DailyTokenBudgetExceededException when the client's answers today used up its daily token budget
     * @throws RateLimitedException              when the client has used up this minute's requests
     */
    public void acquire(String client) {
        if (dailyTokens > 0) {
            Instant today = LocalDate.now(clock.withZone(ZoneOffset.UTC)).atStartOfDay(ZoneOffset.UTC).toInstant();
            long used = usage.tokensSince(client, today);
            if (used >= dailyTokens) {
                throw new DailyTokenBudgetExceededException(used, dailyTokens, today.plus(Duration.ofDays(1)),
                        clock.instant());
            }
        }
        if (perMinute <= 0) {
            return;
        }
        ConsumptionProbe probe = buckets.apply(client).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new RateLimitedException(Duration.ofNanos(Math.max(probe.getNanosToWaitForRefill(), 0)));
        }
    }
}
