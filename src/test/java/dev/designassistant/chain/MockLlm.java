package dev.designassistant.chain;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/** A WireMock OpenAI-compatible endpoint that the service's default model points at during a test. */
public class MockLlm implements QuarkusTestResourceLifecycleManager {

    static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        answerEverything(0);
        return Map.of("assistant.llm.base-url", server.baseUrl() + "/v1", "assistant.llm.api-key", "test-key");
    }

    /** Every chat completion answers with the fixture, after the given delay. */
    static void answerEverything(int delayMillis) {
        server.resetAll();
        server.stubFor(post(urlPathMatching(".*/chat/completions")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json")
                .withFixedDelay(delayMillis)
                .withBody(fixture("llm/chain-answer.json"))));
    }

    static String fixture(String name) {
        try {
            return Files.readString(Path.of("src/test/resources", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        server.stop();
    }
}
