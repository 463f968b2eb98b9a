package dev.designassistant.llm;

import dev.designassistant.chain.PostgresProfile;

import java.util.Map;

/**
 * Profiles of the fault matrix: WireMock as the LLM with fake time, the real catalog (its six follow-ups), a 2 s
 * time limit, 3 attempts, and a breaker over the last 3 calls that half-opens after 30 s of fake time and closes
 * after one good probe.
 */
public final class FaultProfiles {

    private FaultProfiles() {
    }

    /** Sessions in the embedded H2; the breaker tests' settings with the real catalog. */
    public static class H2 extends LlmTestProfiles.Breaker {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = super.getConfigOverrides();
            config.remove("assistant.prompts.dir");
            // 2 s rather than 1 s: a cold first call on a loaded machine must not look like a hang
            config.put("assistant.llm.timeout", "2s");
            return config;
        }
    }

    /** The same on the local PostgreSQL, in a database of its own. */
    public static class Postgres extends H2 {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = super.getConfigOverrides();
            config.putAll(new PostgresProfile().getConfigOverrides());
            return config;
        }
    }
}
