package dev.designassistant.llm;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Three WireMock upstreams ({@link Upstreams}): the default model at the first, the named models {@code backup} and
 * {@code third} at the others, and {@code assistant.llm.fallbacks=backup,third}.
 */
public class WireMockUpstreams implements QuarkusTestResourceLifecycleManager {

    /** Marks the test field that receives the {@link Upstreams}. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Inject {
    }

    private Upstreams upstreams;

    @Override
    public Map<String, String> start() {
        upstreams = new Upstreams(server(), server(), server());
        return Map.of("assistant.llm.base-url", url(upstreams.primary()),
                "assistant.llm.models.backup.base-url", url(upstreams.backup()),
                "assistant.llm.models.backup.model", "backup-model",
                "assistant.llm.models.backup.api-key", "sk-test-backup-key",
                "assistant.llm.models.third.base-url", url(upstreams.third()),
                "assistant.llm.models.third.model", "third-model",
                "assistant.llm.models.third.api-key", "sk-test-third-key",
                "assistant.llm.fallbacks", "backup,third");
    }

    private static WireMockServer server() {
        WireMockServer server = new WireMockServer(options().dynamicPort());
        server.start();
        return server;
    }

    private static String url(WireMockServer server) {
        return "http://localhost:" + server.port() + "/v1";
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(upstreams, new TestInjector.AnnotatedAndMatchesType(Inject.class, Upstreams.class));
    }

    @Override
    public void stop() {
        if (upstreams != null) {
            upstreams.primary().stop();
            upstreams.backup().stop();
            upstreams.third().stop();
        }
    }
}
