package dev.designassistant.llm;

import io.github.resilience4j.core.functions.Either;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTest {

    /** The gateway's configuration read from these properties alone, defaults applied as in the service. */
    static LlmConfig config(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(LlmConfig.class)
                .withConverter(Duration.class, 200, new DurationConverter()) // Quarkus's "500ms" / "30s" form
                .withSources(new PropertiesConfigSource(properties, "test", 500))
                .build();
        return config.getConfigMapping(LlmConfig.class);
    }

    private final LlmConfig.RetrySettings defaults = config(Map.of()).retry();

    @Test
    void grows_exponentially_from_the_initial_backoff_without_jitter_at_the_midpoint() {
        Backoff backoff = new Backoff(defaults, () -> 0.5);

        assertThat(backoff.exponential(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(backoff.exponential(2)).isEqualTo(Duration.ofMillis(1000));
        assertThat(backoff.exponential(3)).isEqualTo(Duration.ofMillis(2000));
    }

    @Test
    void spreads_each_pause_by_the_jitter_fraction() {
        assertThat(new Backoff(defaults, () -> 0.0).exponential(2)).isEqualTo(Duration.ofMillis(500));
        assertThat(new Backoff(defaults, () -> 1.0).exponential(2)).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void never_exceeds_max_backoff() {
        Backoff backoff = new Backoff(defaults, () -> 1.0);

        assertThat(backoff.exponential(30)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void honours_retry_after_up_to_its_cap() {
        Backoff backoff = new Backoff(defaults, () -> 0.5);
        Throwable asksTwo = new UpstreamHttpException(429, "", Optional.of(Duration.ofSeconds(2)));
        Throwable asksAnHour = new UpstreamHttpException(503, "", Optional.of(Duration.ofHours(1)));

        assertThat(backoff.apply(1, Either.left(asksTwo))).isEqualTo(2000L);
        assertThat(backoff.apply(1, Either.left(asksAnHour))).isEqualTo(30_000L);
    }

    @Test
    void documented_defaults_hold() {
        LlmConfig config = config(Map.of());

        assertThat(config.model()).isEqualTo("gpt-4o-mini");
        assertThat(config.timeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(config.baseUrl()).isEmpty();
        assertThat(config.retry().maxAttempts()).isEqualTo(3);
        assertThat(config.retry().initialBackoff()).isEqualTo(Duration.ofMillis(500));
        assertThat(config.retry().maxRetryAfter()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.circuitBreaker().failureRateThreshold()).isEqualTo(50f);
        assertThat(config.circuitBreaker().minimumNumberOfCalls()).isEqualTo(10);
        assertThat(config.circuitBreaker().waitInOpen()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.bulkhead().maxConcurrentCalls()).isEqualTo(2000);
    }
}
