package dev.designassistant.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.designassistant.trace.GenAi;
import dev.designassistant.trace.InMemorySpans;
import dev.designassistant.trace.TraceProfile;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An MCP client's code review, traced with prompts and answers opted in: the tool call's span parents the review's
 * session, step and model call, and the model call carries the conversation and the answer as the GenAI
 * conventions' JSON messages. The demo model's own HTTP endpoint makes no spans.
 */
@QuarkusTest
@TestProfile(TraceProfile.DemoWithContent.class)
class McpTraceTest {

    @TestHTTPResource("/")
    URI root;

    @Inject
    InMemorySpans spans;

    private McpSyncClient client;

    @BeforeEach
    void connect() {
        client = McpClients.http(root, null, McpClients.progressList());
        McpScenario.initializes(client);
        spans.reset();
    }

    @AfterEach
    void disconnect() {
        client.closeGracefully();
    }

    @Test
    void a_review_over_mcp_is_a_tool_span_over_its_session_step_and_model_call_with_the_messages() throws Exception {
        // code of its own, so that the response cache (on in this profile) has never seen the call
        McpSchema.CallToolResult result = client.callTool(new McpSchema.CallToolRequest("review_code", Map.of(
                "template", "pattern-code-review", "language", "java",
                "parameters", Map.of("patternName", "Circuit Breaker"),
                "files", List.of(Map.of("path", "src/Payments.java", "content",
                        "class Payments {\n  Object charge() { return http.post(\"/charge/" + System.nanoTime() + "\"); }\n}")))));
        assertThat(result.isError()).isNotEqualTo(Boolean.TRUE);

        SpanData tool = await().atMost(Duration.ofSeconds(10)).until(() -> spans.finished().stream()
                .filter(s -> s.getName().equals("execute_tool review_code")).findFirst().orElse(null), s -> s != null);
        List<SpanData> trace = spans.ofTrace(tool.getTraceId());
        assertThat(tool.getAttributes().get(GenAi.OPERATION_NAME)).isEqualTo("execute_tool");
        assertThat(tool.getAttributes().get(GenAi.TOOL_NAME)).isEqualTo("review_code");
        SpanData session = one(trace, "chain.session");
        assertThat(session.getParentSpanId()).isEqualTo(tool.getSpanId());
        SpanData step = one(trace, "chain.step");
        assertThat(step.getParentSpanId()).isEqualTo(session.getSpanId());
        SpanData chat = trace.stream().filter(s -> s.getName().startsWith("chat ")).findFirst().orElseThrow();
        assertThat(chat.getParentSpanId()).isEqualTo(step.getSpanId());
        assertThat(chat.getKind()).isEqualTo(SpanKind.CLIENT);
        assertThat(chat.getAttributes().get(GenAi.PROMPT_NAME)).isEqualTo("pattern-code-review");

        ObjectMapper json = new ObjectMapper();
        JsonNode input = json.readTree(chat.getAttributes().get(GenAi.INPUT_MESSAGES));
        JsonNode user = java.util.stream.StreamSupport.stream(input.spliterator(), false)
                .filter(m -> m.get("role").asText().equals("user")).findFirst().orElseThrow();
        assertThat(user.get("parts").get(0).get("type").asText()).isEqualTo("text");
        assertThat(user.get("parts").get(0).get("content").asText()).contains("class Payments");
        JsonNode output = json.readTree(chat.getAttributes().get(GenAi.OUTPUT_MESSAGES));
        assertThat(output.get(0).get("role").asText()).isEqualTo("assistant");
        assertThat(output.get(0).get("finish_reason").asText()).isEqualTo("stop");
        assertThat(output.get(0).get("parts").get(0).get("content").asText()).isNotBlank();

        assertThat(spans.finished()).noneSatisfy(s ->
                assertThat(String.valueOf(s.getAttributes().get(io.opentelemetry.api.common.AttributeKey.stringKey("url.path"))))
                        .startsWith("/demo-llm"));
    }

    @Test
    void a_review_answered_from_the_response_cache_is_a_step_marked_as_a_cache_hit_without_a_model_call() {
        McpScenario.reviewsCode(client);
        spans.reset();

        McpScenario.reviewsCode(client);

        SpanData tool = await().atMost(Duration.ofSeconds(10)).until(() -> spans.finished().stream()
                .filter(s -> s.getName().equals("execute_tool review_code")).findFirst().orElse(null), s -> s != null);
        List<SpanData> trace = spans.ofTrace(tool.getTraceId());
        SpanData step = one(trace, "chain.step");
        assertThat(step.getAttributes().get(io.opentelemetry.api.common.AttributeKey.booleanKey("chain.step.cache_hit")))
                .isTrue();
        assertThat(trace).noneMatch(s -> s.getName().startsWith("chat "));
    }

    private static SpanData one(List<SpanData> trace, String name) {
        List<SpanData> found = trace.stream().filter(s -> s.getName().equals(name)).toList();
        assertThat(found).as("%s in %s", name, trace.stream().map(SpanData::getName).toList()).hasSize(1);
        return found.getFirst();
    }

}
