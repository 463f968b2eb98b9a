package dev.designassistant.session;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;

/**
 * Profiles whose session database sits behind a proxy the test can cut; the demo model answers, and a step claim
 * lapses after 2 s and is looked for every second, so a chain cut off mid-step is taken up again quickly.
 */
public final class DataOutageProfiles {

    private DataOutageProfiles() {
    }

    /** H2, over TCP, behind the proxy. */
    public static class H2 implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("assistant.chain.lease", "2s", "assistant.chain.recovery-interval", "1s");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(DatabaseBehindProxy.class, Map.of("database", "h2")));
        }
    }

    /** The local PostgreSQL behind the proxy. */
    public static class Postgres extends H2 {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(DatabaseBehindProxy.class, Map.of("database", "pg")));
        }
    }
}
