package dev.designassistant.llm;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * Three OpenAI-compatible upstreams on WireMock: the default model's ({@code primary}), and those of the named models
 * {@code backup} and {@code third}, which are the default model's fallbacks in that order.
 */
public record Upstreams(WireMockServer primary, WireMockServer backup, WireMockServer third) {

    /** Each upstream answers with a model id of its own, so that a test sees which one answered. */
    static final String PRIMARY_ID = "gpt-4o-mini-2024-07-18";
    static final String BACKUP_ID = "backup-model-2025-01-31";
    static final String THIRD_ID = "third-model-2025-02-28";

    /** Forgets every stub and request. */
    void reset() {
        primary.resetAll();
        backup.resetAll();
        third.resetAll();
    }

    /** Every upstream answers, each with its own model id. */
    void allAnswer() {
        answer(primary, PRIMARY_ID, "stop");
        answer(backup, BACKUP_ID, "stop");
        answer(third, THIRD_ID, "stop");
    }

    static void answer(WireMockServer upstream, String modelId, String finishReason) {
        fail(upstream, aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(Fixtures.llm("chat-completion-success.json").replace(PRIMARY_ID, modelId)
                        .replace("\"finish_reason\": \"stop\"", "\"finish_reason\": \"" + finishReason + "\"")));
    }

    static void fail(WireMockServer upstream, ResponseDefinitionBuilder response) {
        upstream.resetAll();
        upstream.stubFor(post(urlEqualTo(WireMockLlm.CHAT_PATH)).willReturn(response));
    }

    /** Checks how many chat calls each upstream received. */
    void verifyCalls(int primaryCalls, int backupCalls, int thirdCalls) {
        primary.verify(exactly(primaryCalls), postRequestedFor(urlEqualTo(WireMockLlm.CHAT_PATH)));
        backup.verify(exactly(backupCalls), postRequestedFor(urlEqualTo(WireMockLlm.CHAT_PATH)));
        third.verify(exactly(thirdCalls), postRequestedFor(urlEqualTo(WireMockLlm.CHAT_PATH)));
    }
}
