package dev.designassistant.llm;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The LLM gateway's settings ({@code assistant.llm.*}, or {@code ASSISTANT_LLM_*} as environment variables).
 * The top-level properties describe the model named {@code default}; {@code models.<name>} adds named models
 * that inherit every property they do not set from the default.
 */
@ConfigMapping(prefix = "assistant.llm")
public interface LlmConfig {

    /** Base URL of an OpenAI-compatible API, up to and including {@code /v1}; unset = the built-in demo model. */
    Optional<String> baseUrl();

    /** API key sent as a bearer token; unset for servers that need none (Ollama, vLLM, the demo model). */
    Optional<String> apiKey();

    /** Upstream model id sent with each request. */
    @WithDefault("gpt-4o-mini")
    String model();

    /** Sampling temperature; unset = the model's own default (some models accept no other value). */
    Optional<Double> temperature();

    /** Most tokens an answer may have ({@code max_tokens}): a cap on what one call can cost. */
    @WithDefault("4096")
    Optional<Integer> maxTokens();

    /** Time limit of one upstream call; a slower call is abandoned and not retried. */
    @WithDefault("60s")
    Duration timeout();

    /** Named extra models, chosen per brief with {@code "model": "<name>"}. */
    Map<String, NamedModel> models();

    /**
     * Models that answer, in this order, when the default model cannot (breaker open, retries exhausted, time limit,
     * upstream 429 or 5xx, connection failure): configured names ({@code default} is the top-level model).
     */
    Optional<List<String>> fallbacks();

    /** Larger models that answer when the default model refuses a conversation as too long for its context. */
    Optional<List<String>> contextFallbacks();

    /** The default model's prices, for estimates and the cost of each answer. */
    PriceSettings price();

    /** Tokens an answer of the default model is expected to have, for estimates; unset = its max-tokens' quarter. */
    Optional<Integer> expectedOutputTokens();

    /** How prompts are counted for estimates: {@code auto} (jtokkit for OpenAI model ids) or {@code approximate}. */
    @WithDefault("auto")
    String tokenizer();

    /** A model's prices in money per million tokens (any currency: the service only multiplies). */
    interface PriceSettings {
        /** Price of a million prompt tokens. */
        Optional<Double> inputPerMillion();

        /** Price of a million answer tokens. */
        Optional<Double> outputPerMillion();
    }

    /** Retry of failed upstream calls. */
    RetrySettings retry();

    /** Circuit breaker per model. */
    CircuitBreakerSettings circuitBreaker();

    /** Bulkhead per model: how many upstream calls may run at once. */
    BulkheadSettings bulkhead();

    /** A named model; every property left unset is taken from the default model. */
    interface NamedModel {
        /** Base URL of its OpenAI-compatible API. */
        Optional<String> baseUrl();

        /** Its API key. */
        Optional<String> apiKey();

        /** Its upstream model id. */
        Optional<String> model();

        /** Its sampling temperature. */
        Optional<Double> temperature();

        /** Its answer length limit in tokens. */
        Optional<Integer> maxTokens();

        /** Its time limit per call. */
        Optional<Duration> timeout();

        /** Models that answer, in this order, when this one cannot (see {@link LlmConfig#fallbacks()}). */
        Optional<List<String>> fallbacks();

        /** Larger models that answer when this one refuses a conversation as too long for its context. */
        Optional<List<String>> contextFallbacks();

        /** Its prices; unset ones are the default model's when both have the same upstream model id. */
        PriceSettings price();

        /** Tokens an answer of this model is expected to have, for estimates. */
        Optional<Integer> expectedOutputTokens();
    }

    /** Retry settings, shared by every model's pipeline. */
    interface RetrySettings {
        /** Attempts per call, the first included (1 = no retry). */
        @WithDefault("3")
        int maxAttempts();

        /** Pause before the first retry. */
        @WithDefault("500ms")
        Duration initialBackoff();

        /** Longest pause between attempts. */
        @WithDefault("10s")
        Duration maxBackoff();

        /** Factor by which the pause grows after each attempt. */
        @WithDefault("2")
        double multiplier();

        /** Random spread of each pause, as a fraction (0.5 = between half and one and a half times). */
        @WithDefault("0.5")
        double jitter();

        /** Longest upstream {@code Retry-After} honoured; a longer one is cut to this. */
        @WithDefault("30s")
        Duration maxRetryAfter();
    }

    /** Circuit breaker settings, shared by every model's pipeline (each model has its own breaker). */
    interface CircuitBreakerSettings {
        /** Failure rate (percent) at which the breaker opens. */
        @WithDefault("50")
        float failureRateThreshold();

        /** Slow-call rate (percent) at which the breaker opens. */
        @WithDefault("100")
        float slowCallRateThreshold();

        /** A call at least this long is slow; unset = the model's time limit. */
        Optional<Duration> slowCallDuration();

        /** Calls recorded before the rates are computed. */
        @WithDefault("10")
        int minimumNumberOfCalls();

        /** Number of most recent calls the rates are computed over. */
        @WithDefault("20")
        int slidingWindowSize();

        /** How long the breaker stays open before letting probe calls through. */
        @WithDefault("30s")
        Duration waitInOpen();

        /** Probe calls let through while half-open. */
        @WithDefault("2")
        int permittedCallsInHalfOpen();
    }

    /** Bulkhead settings, per model. */
    interface BulkheadSettings {
        /**
         * Upstream calls that may run at once. Each waiting call costs a virtual thread and a socket, not a platform
         * thread, so the default lets about 1,000 briefs run at once (B of BENCHMARKS.md) with room for bursts;
         * lower it to the provider's own concurrency quota.
         */
        @WithDefault("2000")
        int maxConcurrentCalls();

        /** How long a call waits for a free place before it is refused. */
        @WithDefault("0s")
        Duration maxWait();
    }

    /** The response cache: answers of identical calls, stored in the session database. */
    CacheSettings cache();

    /** The response cache's settings (the cache itself is the chain's: {@code chain.ResponseCache}). */
    interface CacheSettings {
        /** Whether an identical call is answered from the cache; off by default. */
        @WithDefault("false")
        boolean enabled();

        /** How long a cached answer is used. */
        @WithDefault("1h")
        Duration ttl();

        /** Most rows the cache keeps; the oldest go first. */
        @WithDefault("10000")
        long maxRows();

        /** {@code client}: each client's calls apart; {@code deployment}: shared by every client. */
        @WithDefault("client")
        String scope();

        /**
         * Calls with a temperature above this are never cached (their answers are meant to vary); a model whose
         * temperature is unset is taken at OpenAI's default, 1.
         */
        @WithDefault("0")
        double maxTemperature();

        /** Rows removed per statement when expired or surplus rows are cleared. */
        @WithDefault("500")
        int expiryBatch();

        /** How often expired and surplus rows are cleared. */
        @WithDefault("1m")
        Duration expiryEvery();
    }

    /** How fast one client may start work that spends LLM calls. */
    RateLimitSettings rateLimit();

    /** Per-client rate limit of briefs, messages, chain resumes and reviews. */
    interface RateLimitSettings {
        /** Requests one client may make per minute on those endpoints; 0 = no limit. */
        @WithDefault("60")
        int perClientPerMinute();
    }
}
