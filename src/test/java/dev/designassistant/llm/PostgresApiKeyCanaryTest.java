package dev.designassistant.llm;

import dev.designassistant.chain.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import java.util.Map;

/** The secrets test with sessions, and so reports, on the local PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresApiKeyCanaryTest.CanaryOnPostgres.class)
class PostgresApiKeyCanaryTest extends ApiKeyCanaryTest {

    /** The canary profile with the pg datasource active. */
    public static class CanaryOnPostgres extends ApiKeyCanaryTest.Canary {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new java.util.HashMap<>(super.getConfigOverrides());
            config.putAll(new PostgresProfile().getConfigOverrides());
            return config;
        }
    }
}
