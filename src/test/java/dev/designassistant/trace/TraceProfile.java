package dev.designassistant.trace;

import dev.designassistant.llm.FakeLlmTime;
import dev.designassistant.llm.WireMockLlm;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tracing on (the SDK, spans into {@link InMemorySpans}; no OTLP exporter in tests), WireMock as the LLM with a
 * canary API key, fake time for the retry's pauses, three attempts, a breaker that does not open.
 */
public class TraceProfile implements QuarkusTestProfile {

    static final String CANARY = "sk-trace-canary-3d9e1f7a5c2b8e4d6f0a";

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.otel.sdk.disabled", "false");
        config.put("assistant.llm.api-key", CANARY);
        config.put("assistant.llm.temperature", "0.2");
        config.put("assistant.llm.max-tokens", "800");
        config.put("assistant.llm.timeout", "5s");
        config.put("assistant.llm.retry.max-attempts", "3");
        config.put("assistant.llm.circuit-breaker.minimum-number-of-calls", "1000");
        config.put("assistant.llm.circuit-breaker.sliding-window-size", "1000");
        return config;
    }

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(FakeLlmTime.class);
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(WireMockLlm.class));
    }

    /**
     * Tracing on with prompts and answers in the spans (assistant.traces.content), the built-in demo model, and the
     * response cache on (for any temperature).
     */
    public static class DemoWithContent implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false", "assistant.traces.content", "true",
                    "assistant.llm.cache.enabled", "true", "assistant.llm.cache.max-temperature", "2");
        }
    }
}
