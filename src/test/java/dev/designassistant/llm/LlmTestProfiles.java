package dev.designassistant.llm;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The test profiles of the LLM gateway's tests; each starts the application once for its test classes. */
public final class LlmTestProfiles {

    /** A small prompts folder of its own, so these tests do not depend on the real catalog's wording. */
    public static final String PROMPTS_DIR = "src/test/resources/llm-prompts";
    /** The API key the WireMock profiles configure. */
    public static final String TEST_KEY = "sk-test-wiremock-key";

    private LlmTestProfiles() {
    }

    /** No base URL: the built-in demo model answers, plus a named model "second" that inherits it. */
    public static class Demo implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("assistant.prompts.dir", PROMPTS_DIR,
                    "assistant.llm.models.second.model", "second-demo-model");
        }
    }

    /** WireMock as the LLM, fake time, a 3 s time limit, and a breaker that never opens during the retry tests. */
    public static class Upstream extends WireMockWithFakeTime {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = wireMockBase();
            config.put("assistant.llm.circuit-breaker.minimum-number-of-calls", "1000");
            config.put("assistant.llm.circuit-breaker.sliding-window-size", "1000");
            return config;
        }
    }

    /** WireMock as the LLM and a breaker that opens after 3 failed calls and half-opens after 30 s of fake time. */
    public static class Breaker extends WireMockWithFakeTime {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = wireMockBase();
            config.put("assistant.llm.circuit-breaker.minimum-number-of-calls", "3");
            config.put("assistant.llm.circuit-breaker.sliding-window-size", "3");
            config.put("assistant.llm.circuit-breaker.wait-in-open", "30s");
            config.put("assistant.llm.circuit-breaker.permitted-calls-in-half-open", "1");
            // these tests are about failures, not slowness: on a loaded CI machine a short limit turned 503s into 504s
            config.put("assistant.llm.timeout", "5s");
            return config;
        }
    }

    /**
     * Three WireMock upstreams, the default model falling back to {@code backup} then {@code third}; fake time, a
     * 2 s time limit, 3 attempts, and breakers that open after 3 failed calls and half-open after 30 s.
     */
    public static class Fallbacks implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = wireMockBase();
            config.put("assistant.llm.timeout", "2s");
            config.put("assistant.llm.circuit-breaker.minimum-number-of-calls", "3");
            config.put("assistant.llm.circuit-breaker.sliding-window-size", "3");
            config.put("assistant.llm.circuit-breaker.wait-in-open", "30s");
            config.put("assistant.llm.circuit-breaker.permitted-calls-in-half-open", "1");
            return config;
        }

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(FakeLlmTime.class);
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(WireMockUpstreams.class));
        }
    }

    /** WireMock as the LLM and fake time: what the upstream profiles share. */
    abstract static class WireMockWithFakeTime implements QuarkusTestProfile {
        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(FakeLlmTime.class);
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(WireMockLlm.class));
        }
    }

    static Map<String, String> wireMockBase() {
        Map<String, String> config = new HashMap<>();
        config.put("assistant.prompts.dir", PROMPTS_DIR);
        config.put("assistant.llm.api-key", TEST_KEY);
        // long enough for a cold first call on a loaded CI machine (a 1 s limit turned one into a 504 there)
        config.put("assistant.llm.timeout", "3s");
        config.put("assistant.llm.retry.max-attempts", "3");
        config.put("assistant.llm.retry.max-retry-after", "5s");
        return config;
    }
}
