package dev.designassistant.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The packaged service with the real OpenTelemetry exporter: given {@code OTEL_EXPORTER_OTLP_ENDPOINT} it sends a
 * brief's trace over OTLP/HTTP (protobuf) to a receiver on loopback, which decodes it with OpenTelemetry's own proto
 * classes; its JSON log lines carry the trace's id. Given no endpoint it sends nothing anywhere, not even to the
 * default {@code localhost:4317}.
 */
class TraceExportIT {

    private static final String CHAT = "/v1/chat/completions";
    private static final String KEY_CANARY = "sk-otlp-canary-9b2e7d4f1a6c3e8b5d0f";
    /** The received brief's trace, for docs/observability.md. */
    static final Path TREE = Path.of("target", "it-logs", "brief-trace.txt");

    private WireMockServer llm;

    @BeforeEach
    void startLlm() {
        llm = new WireMockServer(options().dynamicPort());
        llm.start();
        // the first call fails once, so that one model call shows a retry
        llm.stubFor(post(urlEqualTo(CHAT)).inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503).withBody("{\"error\":{\"message\":\"overloaded\"}}"))
                .willSetStateTo("recovered"));
        llm.stubFor(post(urlEqualTo(CHAT)).inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(fixture())));
    }

    @AfterEach
    void stopLlm() {
        llm.stop();
    }

    @Test
    void a_brief_s_trace_reaches_an_otlp_http_receiver_with_model_tokens_and_session() throws Exception {
        try (OtlpReceiver receiver = OtlpReceiver.start(); Store store = Store.create("h2")) {
            Map<String, String> env = store.env(Map.of(
                    "ASSISTANT_LLM_BASE_URL", llm.baseUrl() + "/v1",
                    "ASSISTANT_LLM_API_KEY", KEY_CANARY,
                    "OTEL_EXPORTER_OTLP_ENDPOINT", receiver.endpoint(),
                    "OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf",
                    "OTEL_SERVICE_NAME", "design-assistant-it",
                    "QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "100ms",
                    "ASSISTANT_TRACES_JSON_LOGS", "true"));
            String id;
            Path log;
            try (ServiceProcess service = ServiceProcess.start("trace-export", env)) {
                log = service.log();
                id = service.submitBrief("saga-design");
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                        .until(() -> "done".equals(service.session(id).getString("status")));
                await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                    assertThat(chats(receiver, id)).as("received %s, unreadable %s", receiver.spans().stream()
                            .map(OtlpReceiver.Received::name).toList(), receiver.failures()).hasSize(7);
                    assertThat(receiver.spans()).anyMatch(s -> s.name().equals("POST /api/briefs"));
                });
            }

            // the model, the tokens and the session arrived with every model call
            List<OtlpReceiver.Received> chats = chats(receiver, id);
            assertThat(chats).allSatisfy(chat -> {
                assertThat(chat.service()).isEqualTo("design-assistant-it");
                assertThat(chat.name()).isEqualTo("chat gpt-4o-mini");
                assertThat(chat.span().getKind()).isEqualTo(io.opentelemetry.proto.trace.v1.Span.SpanKind.SPAN_KIND_CLIENT);
                assertThat(chat.string("gen_ai.operation.name")).isEqualTo("chat");
                assertThat(chat.string("gen_ai.provider.name")).isEqualTo("openai");
                assertThat(chat.string("gen_ai.request.model")).isEqualTo("gpt-4o-mini");
                assertThat(chat.string("gen_ai.response.model")).isEqualTo("mock-model");
                assertThat(chat.integer("gen_ai.usage.input_tokens")).isEqualTo(120L);
                assertThat(chat.integer("gen_ai.usage.output_tokens")).isEqualTo(30L);
                assertThat(chat.attribute("gen_ai.response.finish_reasons").orElseThrow().getArrayValue()
                        .getValues(0).getStringValue()).isEqualTo("stop");
                assertThat(chat.string("gen_ai.prompt.name")).isEqualTo("saga-design");
                assertThat(chat.integer("server.port")).isEqualTo((long) llm.port());
            });

            // and they are one trace: the request, the session, seven steps, their calls and the calls' attempts
            String traceId = chats.getFirst().traceId();
            List<OtlpReceiver.Received> trace = receiver.trace(traceId);
            assertThat(trace).extracting(OtlpReceiver.Received::name).containsOnly("POST /api/briefs",
                    "chain.session", "chain.step", "chat gpt-4o-mini", "POST");
            assertThat(trace).hasSize(1 + 1 + 7 + 7 + 8);
            assertThat(chats).extracting(OtlpReceiver.Received::traceId).containsOnly(traceId);
            assertThat(receiver.contentTypes()).containsOnly("application/x-protobuf");
            assertThat(receiver.failures()).isEmpty();
            assertThat(receiver.spans()).allSatisfy(span -> assertThat(span.span().toString())
                    .doesNotContain(KEY_CANARY));
            Files.writeString(TREE, receiver.tree(traceId), StandardCharsets.UTF_8);

            // and the log line of the retry, a JSON line, names the brief's trace
            ObjectMapper json = new ObjectMapper();
            JsonNode retry = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(line -> line.startsWith("{") && line.contains("attempt 1 failed"))
                    .map(line -> read(json, line)).findFirst().orElseThrow();
            assertThat(retry.path("mdc").path("traceId").asText()).isEqualTo(traceId);
            assertThat(retry.path("mdc").path("spanId").asText()).hasSize(16);
            assertThat(Files.readString(log)).doesNotContain(KEY_CANARY);
        }
    }

    @Test
    void without_an_endpoint_the_service_records_and_sends_nothing_not_even_to_localhost_4317() throws Exception {
        try (ServerSocket collector = new ServerSocket();
             Store store = Store.create("h2")) {
            collector.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 4317));
            Map<String, String> env = store.env(Map.of(
                    "ASSISTANT_LLM_BASE_URL", llm.baseUrl() + "/v1",
                    "ASSISTANT_LLM_API_KEY", KEY_CANARY));
            Path log;
            try (ServiceProcess service = ServiceProcess.start("trace-off", env)) {
                log = service.log();
                String id = service.submitBrief("saga-design");
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                        .until(() -> "done".equals(service.session(id).getString("status")));
                collector.setSoTimeout(2_000); // the batch exporter would send within its 5 s; the SDK is off
                assertThatThrownBy(collector::accept).isInstanceOf(SocketTimeoutException.class);
            }
            assertThat(Files.readString(log)).doesNotContainIgnoringCase("export")
                    .doesNotContain("4317").doesNotContain("OTLP");
        }
    }

    private static List<OtlpReceiver.Received> chats(OtlpReceiver receiver, String sessionId) {
        return receiver.spans().stream().filter(s -> s.name().startsWith("chat "))
                .filter(s -> sessionId.equals(s.string("gen_ai.conversation.id"))).toList();
    }

    private static JsonNode read(ObjectMapper json, String line) {
        try {
            return json.readTree(line);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String fixture() {
        try {
            return Files.readString(Path.of("src/test/resources/llm/chain-answer.json"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
