package dev.designassistant.llm;

import io.github.resilience4j.micrometer.tagged.TaggedBulkheadMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedTimeLimiterMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The gateway's Micrometer metrics (Prometheus at {@code /q/metrics}): {@code assistant.llm.calls},
 * {@code assistant.llm.latency}, {@code assistant.llm.tokens}, {@code assistant.llm.retries} and
 * {@code assistant.llm.breaker.transitions} ({@code assistant.llm.latency} is a histogram with the buckets of
 * {@link #LATENCY_BUCKETS}), plus Resilience4j's own {@code resilience4j.*} meters (breaker state,
 * retry, bulkhead and time-limiter counts). Tags: {@code model} (configured name), {@code template}
 * ("none" when the call has no template), {@code outcome}, {@code direction}, {@code cause}.
 */
@ApplicationScoped
public class LlmMetrics {

    static final String NO_TEMPLATE = "none";

    /** The latency histogram's buckets: from a cached or tiny answer (50 ms) to the longest time limit (120 s). */
    static final Duration[] LATENCY_BUCKETS = {
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofMillis(2_500), Duration.ofSeconds(5), Duration.ofSeconds(10),
            Duration.ofSeconds(20), Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(120)};

    private final MeterRegistry registry;
    private final Map<List<String>, CallMeters> callMeters = new ConcurrentHashMap<>();
    private final Map<List<String>, TokenMeters> tokenMeters = new ConcurrentHashMap<>();

    public LlmMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Publishes the Resilience4j registries' meters. */
    void bind(PipelineFactory pipelines) {
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(pipelines.breakers()).bindTo(registry);
        TaggedRetryMetrics.ofRetryRegistry(pipelines.retries()).bindTo(registry);
        TaggedTimeLimiterMetrics.ofTimeLimiterRegistry(pipelines.timeLimiters()).bindTo(registry);
        TaggedBulkheadMetrics.ofBulkheadRegistry(pipelines.bulkheads()).bindTo(registry);
    }

    /** One call of {@link LlmClient#chat}, whatever its outcome, and how long it took in all. */
    void call(String model, String template, String outcome, Duration latency) {
        CallMeters meters = callMeters.computeIfAbsent(List.of(model, template(template), outcome), key ->
                new CallMeters(Counter.builder("assistant.llm.calls").description("LLM calls by outcome")
                        .tags("model", model, "template", key.get(1), "outcome", outcome).register(registry),
                        Timer.builder("assistant.llm.latency").description("Wall time of LLM calls, retries included")
                                .tags("model", model, "template", key.get(1), "outcome", outcome)
                                .serviceLevelObjectives(LATENCY_BUCKETS)
                                .minimumExpectedValue(LATENCY_BUCKETS[0])
                                .maximumExpectedValue(LATENCY_BUCKETS[LATENCY_BUCKETS.length - 1])
                                .register(registry)));
        meters.calls().increment();
        meters.latency().record(latency);
    }

    /** Tokens the LLM counted for a successful call. */
    void tokens(String model, String template, int in, int out) {
        TokenMeters meters = tokenMeters.computeIfAbsent(List.of(model, template(template)), key ->
                new TokenMeters(tokenCounter(model, key.get(1), "in"), tokenCounter(model, key.get(1), "out")));
        meters.in().increment(in);
        meters.out().increment(out);
    }

    // the meters of every call, looked up once per tag set: building and registering them per call was a visible
    // share of the CPU at 1,000 briefs a second (BENCHMARKS.md, B)
    private record CallMeters(Counter calls, Timer latency) {
    }

    private record TokenMeters(Counter in, Counter out) {
    }

    /** One retry of an upstream call, by the failure that caused it. */
    void retry(String model, String cause) {
        Counter.builder("assistant.llm.retries").description("Retried upstream attempts by cause")
                .tags("model", model, "cause", cause)
                .register(registry).increment();
    }

    /** One transition of a model's circuit breaker. */
    void transition(String model, String from, String to) {
        Counter.builder("assistant.llm.breaker.transitions").description("Circuit breaker state transitions")
                .tags("model", model, "from", from, "to", to)
                .register(registry).increment();
    }

    /** One model of a fallback list that did not answer, the model asked next ("none" at the end) and why. */
    void fallback(String from, String to, String reason) {
        Counter.builder("assistant.llm.fallbacks").description("Calls passed on to the next model of a fallback list")
                .tags("from", from, "to", to, "reason", reason)
                .register(registry).increment();
    }

    private Counter tokenCounter(String model, String template, String direction) {
        return Counter.builder("assistant.llm.tokens").description("Tokens counted by the LLM")
                .tags("model", model, "template", template(template), "direction", direction)
                .register(registry);
    }

    private static String template(String template) {
        return template == null || template.isBlank() ? NO_TEMPLATE : template;
    }
}
