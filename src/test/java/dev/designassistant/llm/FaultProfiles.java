package dev.designassistant.llm;

import dev.designassistant.chain.PostgresProfile;

import java.util.Map;

/**
 * Profiles of the fault matrix: WireMock as the LLM with fake time, the real catalog (its six follow-ups), a 1 s
 * time limit, 3 attempts, and a breaker over the last 3 calls that half-opens after 30 s of fake time and closes
 * after one good probe.
 */
public final class FaultProfiles {

    private FaultProfiles() {
    }

    /** Sessions in the embedded H2. */
    public static class H2 extends LlmTestProfiles.WireMockWithFakeTime {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = LlmTestProfiles.wireMockBase();
            config.remove("assistant.prompts.dir");
            config.put("assistant.llm.circuit-breaker.minimum-number-of-calls", "3");
            config.put("assistant.llm.circuit-breaker.sliding-window-size", "3");
            config.put("assistant.llm.circuit-breaker.wait-in-open", "30s");
            config.put("assistant.llm.circuit-breaker.permitted-calls-in-half-open", "1");
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
