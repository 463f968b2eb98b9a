package dev.designassistant.it;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances share one PostgreSQL. One dies mid-chain; the other takes its steps over once their claim
 * leases run out, and every chain ends with each step answered once, in order.
 */
class MultiInstanceIT {

    private static final String CHAT = "/v1/chat/completions";
    private static final int BRIEFS = 3;

    private WireMockServer llm;

    @BeforeEach
    void startLlm() throws Exception {
        llm = new WireMockServer(options().dynamicPort());
        llm.start();
        llm.stubFor(post(urlEqualTo(CHAT)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withFixedDelay(300)
                .withBody(Files.readString(Path.of("src/test/resources/llm/chain-answer.json")))));
    }

    @AfterEach
    void stopLlm() {
        llm.stop();
    }

    @Test
    void a_surviving_instance_finishes_the_chains_of_a_dead_one_without_running_a_step_twice() throws Exception {
        try (Store store = Store.create("pg")) {
            ServiceProcess a = ServiceProcess.start("instance-a", instance(store, "instance-a"));
            List<String> ids = new ArrayList<>();
            try (ServiceProcess b = ServiceProcess.start("instance-b", instance(store, "instance-b"))) {
                try {
                    for (int i = 0; i < BRIEFS; i++) {
                        ids.add(a.submitBrief("outbox-pattern"));
                    }
                    await().atMost(Duration.ofSeconds(30)).until(() -> llmCalls() >= 2 * BRIEFS);
                } finally {
                    a.kill();
                }

                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                        ids.stream().allMatch(id -> "done".equals(b.session(id).getString("status"))));

                for (String id : ids) {
                    List<Map<String, Object>> messages = b.session(id).getList("messages");
                    assertThat(messages).as("session %s", id).hasSize(14);
                    for (int i = 0; i < 14; i++) {
                        assertThat(messages.get(i).get("role")).isEqualTo(i % 2 == 0 ? "user" : "assistant");
                        assertThat(messages.get(i).get("step")).isEqualTo(i / 2);
                    }
                }
                assertThat(llmCalls()).as("7 per chain, plus at most the calls in flight when A died")
                        .isBetween(7 * BRIEFS, 7 * BRIEFS + BRIEFS);
            }
        }
    }

    private Map<String, String> instance(Store store, String name) {
        return store.env(Map.of(
                "ASSISTANT_LLM_BASE_URL", llm.baseUrl() + "/v1",
                "ASSISTANT_LLM_API_KEY", "it-key",
                "ASSISTANT_CHAIN_INSTANCE_ID", name,
                "ASSISTANT_CHAIN_LEASE", "3s",
                "ASSISTANT_CHAIN_RECOVERY_INTERVAL", "500ms"));
    }

    private int llmCalls() {
        return llm.findAll(postRequestedFor(urlEqualTo(CHAT))).size();
    }
}
