package dev.designassistant.it;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged service is killed while a chain step's LLM call is held open, then started again on the same
 * database: the chain resumes at the interrupted step and ends with exactly seven answers, none lost or twice. Both
 * processes export their traces over OTLP/HTTP to a receiver on loopback: the steps answered after the restart are in
 * the brief's trace, children of the session's span the first process started.
 */
class ChainRestartIT {

    private static final String CHAT = "/v1/chat/completions";
    private static final String SCENARIO = "chain";

    private WireMockServer llm;
    private OtlpReceiver traces;

    @BeforeEach
    void startLlm() throws java.io.IOException {
        llm = new WireMockServer(options().dynamicPort());
        llm.start();
        traces = OtlpReceiver.start();
    }

    @AfterEach
    void stopLlm() {
        llm.stop();
        traces.close();
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "pg"})
    void a_chain_killed_mid_way_completes_after_a_restart_with_exactly_seven_answers(String db) throws Exception {
        try (Store store = Store.create(db)) {
            Map<String, String> env = store.env(Map.of(
                    "ASSISTANT_LLM_BASE_URL", llm.baseUrl() + "/v1",
                    "ASSISTANT_LLM_API_KEY", "it-key",
                    "ASSISTANT_CHAIN_INSTANCE_ID", "it-instance",
                    "OTEL_EXPORTER_OTLP_ENDPOINT", traces.endpoint(),
                    "OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf",
                    "QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "100ms"));
            answerThreeThenHoldTheFourth();

            String id;
            List<Map<String, Object>> beforeCrash;
            ServiceProcess first = ServiceProcess.start("restart-" + db + "-first", env);
            try {
                id = first.submitBrief("saga-design");
                await().atMost(Duration.ofSeconds(30)).until(() -> llmCalls() == 4);
                beforeCrash = first.session(id).getList("messages");
                await().atMost(Duration.ofSeconds(10)).until(() -> steps(id).size() == 3); // exported before the kill
            } finally {
                first.kill();
            }
            assertThat(beforeCrash).hasSize(7); // three answered steps and the question of the held one

            llm.resetAll();
            answerEverything();
            try (ServiceProcess second = ServiceProcess.start("restart-" + db + "-second", env)) {
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                        .until(() -> "done".equals(second.session(id).getString("status")));

                JsonPath session = second.session(id);
                assertThat(session.getList("steps.status")).containsOnly("DONE").hasSize(7);
                List<Map<String, Object>> messages = session.getList("messages");
                assertThat(messages).hasSize(14);
                assertThat(messages.stream().filter(m -> m.get("role").equals("assistant"))).hasSize(7);
                for (int i = 0; i < 14; i++) {
                    assertThat(messages.get(i).get("role")).isEqualTo(i % 2 == 0 ? "user" : "assistant");
                    assertThat(messages.get(i).get("step")).isEqualTo(i / 2);
                }
                assertThat(messages.subList(0, 7)).as("what was stored before the crash survives as it was")
                        .isEqualTo(beforeCrash);
                assertThat(llmCalls()).as("the held step is asked again, then the three after it").isEqualTo(4);
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> steps(id).size() == 7);
            OtlpReceiver.Received session = traces.spans().stream().filter(s -> s.name().equals("chain.session"))
                    .filter(s -> id.equals(s.string("gen_ai.conversation.id"))).findFirst().orElseThrow();
            assertThat(steps(id)).as("every step, before the crash and after, is the session span's child")
                    .allSatisfy(step -> {
                        assertThat(step.traceId()).isEqualTo(session.traceId());
                        assertThat(step.parentSpanId()).isEqualTo(session.spanId());
                    });
            assertThat(steps(id)).extracting(s -> s.integer("chain.step.index"))
                    .containsExactlyInAnyOrder(0L, 1L, 2L, 3L, 4L, 5L, 6L);
        }
    }

    /** Three chat completions answer at once; the fourth is held open far longer than the test runs. */
    private void answerThreeThenHoldTheFourth() {
        String[] states = {STARTED, "answered-1", "answered-2", "answered-3"};
        for (int i = 0; i < 3; i++) {
            llm.stubFor(chat().inScenario(SCENARIO).whenScenarioStateIs(states[i]).willSetStateTo(states[i + 1])
                    .willReturn(answer(0)));
        }
        llm.stubFor(chat().inScenario(SCENARIO).whenScenarioStateIs(states[3]).willReturn(answer(120_000)));
    }

    private void answerEverything() {
        llm.stubFor(chat().willReturn(answer(0)));
    }

    private static MappingBuilder chat() {
        return post(urlEqualTo(CHAT));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder answer(int delayMillis) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withFixedDelay(delayMillis).withBody(fixture());
    }

    private static String fixture() {
        try {
            return Files.readString(Path.of("src/test/resources/llm/chain-answer.json"), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The finished step spans of the session the receiver got, from either process. */
    private List<OtlpReceiver.Received> steps(String sessionId) {
        return traces.spans().stream().filter(s -> s.name().equals("chain.step"))
                .filter(s -> sessionId.equals(s.string("gen_ai.conversation.id"))).toList();
    }

    private int llmCalls() {
        return llm.findAll(postRequestedFor(urlEqualTo(CHAT))).size();
    }
}
