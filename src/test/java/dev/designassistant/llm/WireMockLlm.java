package dev.designassistant.llm;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/** A WireMock server standing in for an OpenAI-compatible LLM; the default model's base URL points at it. */
public class WireMockLlm implements QuarkusTestResourceLifecycleManager {

    /** The path langchain4j posts chat completions to, under the base URL below. */
    public static final String CHAT_PATH = "/v1/chat/completions";

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        return Map.of("assistant.llm.base-url", "http://localhost:" + server.port() + "/v1");
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(server, new TestInjector.AnnotatedAndMatchesType(InjectWireMock.class,
                WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
