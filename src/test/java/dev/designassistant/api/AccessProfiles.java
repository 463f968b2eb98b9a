package dev.designassistant.api;

import dev.designassistant.chain.PostgresProfile;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.HashMap;
import java.util.Map;

/** Access control on, as in production, for two clients; on H2 or on the local PostgreSQL. */
public final class AccessProfiles {

    public static final String ALICE_KEY = "alice-key-0123456789";
    public static final String BOB_KEY = "bob-key-0123456789";

    private AccessProfiles() {
    }

    /** Alice and Bob, each with a key; the demo model answers. */
    public static class TwoClients implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>();
            config.put("assistant.access.enabled", "true");
            config.put("assistant.access.api-keys", "alice:" + ALICE_KEY + ",bob:" + BOB_KEY);
            return config;
        }
    }

    /** The same two clients with sessions on the local PostgreSQL. */
    public static class TwoClientsOnPostgres extends TwoClients {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = super.getConfigOverrides();
            config.putAll(new PostgresProfile().getConfigOverrides());
            return config;
        }
    }
}
