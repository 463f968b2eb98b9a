package dev.designassistant.llm;

import dev.designassistant.trace.GenAi;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The OpenTelemetry GenAI client metrics (semantic conventions 1.37.0), beside the gateway's own
 * {@code assistant.llm.*} ones: {@code gen_ai.client.operation.duration} (seconds, every call, {@code error.type}
 * on failure) and {@code gen_ai.client.token.usage} (tokens, per {@code gen_ai.token.type}, answered calls), with
 * the conventions' buckets and attributes. In Prometheus: {@code gen_ai_client_operation_duration_seconds} and
 * {@code gen_ai_client_token_usage}; a missing attribute is an empty label.
 */
@ApplicationScoped
public class GenAiMetrics {

    static final String DURATION = "gen_ai.client.operation.duration";
    static final String TOKEN_USAGE = "gen_ai.client.token.usage";

    private static final double[] DURATION_BUCKETS = {0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12,
            10.24, 20.48, 40.96, 81.92};
    private static final double[] TOKEN_BUCKETS = {1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576,
            4194304, 16777216, 67108864};

    private final MeterRegistry registry;
    private final Map<List<String>, Timer> durations = new ConcurrentHashMap<>();
    private final Map<List<String>, DistributionSummary> tokens = new ConcurrentHashMap<>();

    public GenAiMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** One call's duration; {@code responseModel} and {@code errorType} may be null. */
    void duration(ModelSettings model, ModelCallSpan.Upstream upstream, String responseModel, String errorType,
                  Duration duration) {
        List<String> key = List.of(model.modelId(), nonNull(responseModel), upstream.host(),
                String.valueOf(upstream.port()), nonNull(errorType));
        durations.computeIfAbsent(key, k -> Timer.builder(DURATION)
                        .description("GenAI operation duration")
                        .tags(tags(k).and(GenAi.ERROR_TYPE.getKey(), k.get(4)))
                        .serviceLevelObjectives(seconds(DURATION_BUCKETS))
                        .register(registry))
                .record(duration);
    }

    /** An answered call's input and output tokens as the model counted them. */
    void tokens(ModelSettings model, ModelCallSpan.Upstream upstream, String responseModel, int input, int output) {
        summary(model, upstream, responseModel, "input").record(input);
        summary(model, upstream, responseModel, "output").record(output);
    }

    private DistributionSummary summary(ModelSettings model, ModelCallSpan.Upstream upstream, String responseModel,
                                        String type) {
        List<String> key = List.of(model.modelId(), nonNull(responseModel), upstream.host(),
                String.valueOf(upstream.port()), type);
        return tokens.computeIfAbsent(key, k -> DistributionSummary.builder(TOKEN_USAGE)
                .description("Measures number of input and output tokens used")
                .tags(tags(k).and(GenAi.TOKEN_TYPE.getKey(), k.get(4)))
                .serviceLevelObjectives(TOKEN_BUCKETS)
                .register(registry));
    }

    private static Tags tags(List<String> key) {
        return Tags.of(GenAi.OPERATION_NAME.getKey(), GenAi.CHAT,
                GenAi.PROVIDER_NAME.getKey(), ModelCallSpan.PROVIDER,
                GenAi.REQUEST_MODEL.getKey(), key.get(0),
                GenAi.RESPONSE_MODEL.getKey(), key.get(1),
                GenAi.SERVER_ADDRESS.getKey(), key.get(2),
                GenAi.SERVER_PORT.getKey(), key.get(3));
    }

    private static Duration[] seconds(double[] buckets) {
        Duration[] durations = new Duration[buckets.length];
        for (int i = 0; i < buckets.length; i++) {
            durations[i] = Duration.ofNanos(Math.round(buckets[i] * 1e9));
        }
        return durations;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
