package dev.designassistant.chain;

import dev.designassistant.llm.WireMockLlm;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The response cache on, in front of a WireMock LLM at temperature 0, for two clients (access control on), with a
 * named model {@code warm} at temperature 0.7 (above the cache's bound) and a clock the tests move.
 */
public final class CacheProfiles {

    /**
     * The clients, each with the key {@code <name>-key-0123456789}. Their names are this class's own: the tests'
     * in-memory H2 outlives a Quarkus restart, so a name another test class uses (LimitsTest has a dave) arrives here
     * with that class's tokens already counted against the daily budget.
     */
    public static final List<String> CLIENTS = List.of("cache-alice", "cache-bob", "cache-carol", "cache-dave",
            "cache-erin", "cache-frank");
    /** A daily budget of two upstream answers (76 tokens each) and a bit: a third is refused if hits counted. */
    public static final int DAILY_BUDGET = 160;

    /** A client's API key. */
    public static String key(String client) {
        return client + "-key-0123456789";
    }

    private CacheProfiles() {
    }

    /** Sessions and the cache in the embedded H2. */
    public static class H2 implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>();
            config.put("assistant.prompts.dir", "src/test/resources/llm-prompts");
            config.put("assistant.llm.api-key", "sk-test-wiremock-key");
            config.put("assistant.llm.temperature", "0");
            config.put("assistant.llm.models.warm.temperature", "0.7");
            config.put("assistant.llm.price.input-per-million", "0.15");
            config.put("assistant.llm.price.output-per-million", "0.60");
            config.put("assistant.llm.cache.enabled", "true");
            config.put("assistant.llm.cache.ttl", "1h");
            config.put("assistant.access.enabled", "true");
            config.put("assistant.access.api-keys", String.join(",", CLIENTS.stream().map(c -> c + ":" + key(c)).toList()));
            config.put("assistant.access.daily-token-budget", String.valueOf(DAILY_BUDGET));
            config.put("assistant.llm.rate-limit.per-client-per-minute", "0");
            return config;
        }

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(MovableClock.class);
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(WireMockLlm.class));
        }
    }

    /** The same on the local PostgreSQL. */
    public static class Postgres extends H2 {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = super.getConfigOverrides();
            config.putAll(new PostgresProfile().getConfigOverrides());
            return config;
        }
    }
}
