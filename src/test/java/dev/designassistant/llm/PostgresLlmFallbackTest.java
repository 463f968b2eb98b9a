package dev.designassistant.llm;

import dev.designassistant.chain.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import java.util.HashMap;
import java.util.Map;

/** The same fallback chains with sessions on the local PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresLlmFallbackTest.Profile.class)
class PostgresLlmFallbackTest extends LlmFallbackTest {

    /** The fallback profile on PostgreSQL. */
    public static class Profile extends LlmTestProfiles.Fallbacks {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(super.getConfigOverrides());
            config.putAll(new PostgresProfile().getConfigOverrides());
            return config;
        }
    }
}
