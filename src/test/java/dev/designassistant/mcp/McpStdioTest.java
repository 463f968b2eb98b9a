package dev.designassistant.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The stdio MCP server (what {@code java -jar … mcp} runs) fed every kind of bad line a client or a broken pipe can
 * send: each gets its JSON-RPC error or is skipped, the requests after it are answered, a ping sent before
 * {@code notifications/initialized} is answered, only JSON-RPC reaches standard output, and the end of input ends
 * the server with status 0.
 */
@QuarkusTest
class McpStdioTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    StdioApplication stdio;

    @Test
    void no_bad_line_stops_the_server_and_the_end_of_input_ends_it_with_status_0() throws Exception {
        PipedOutputStream client = new PipedOutputStream();
        PipedInputStream stdin = new PipedInputStream(client, 4 * 1024 * 1024);
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        PrintStream protocol = new PrintStream(stdout, true, StandardCharsets.UTF_8);
        CompletableFuture<Integer> status = CompletableFuture.supplyAsync(() -> {
            try {
                return stdio.serve(stdin, protocol);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });

        send(client, "this is not json");
        send(client, "");
        send(client, "   ");
        send(client, "{}");
        send(client, "[{\"jsonrpc\":\"2.0\",\"id\":90,\"method\":\"ping\"}]");
        client.write(new byte[]{'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'}); // invalid UTF-8
        send(client, "{\"jsonrpc\":\"2.0\",\"id\":91,\"method\":\"ping\",\"params\":{\"pad\":\""
                + "x".repeat(StdioApplication.MAX_LINE_BYTES) + "\"}}");
        send(client, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
                + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"test\",\"version\":\"1\"}}}");
        send(client, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\"}"); // before notifications/initialized
        List<JsonNode> early = awaitIds(stdout, 2, 1, 2);
        send(client, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
        send(client, "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":\"run_brief\"}");
        send(client, "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/dance\"}");
        send(client, "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/list\"}");
        List<JsonNode> answers = awaitIds(stdout, 20, 1, 2, 3, 4, 5);
        client.close();

        assertThat(status.get(20, TimeUnit.SECONDS)).as("the end of input ends the server").isZero();
        assertThat(early).isNotEmpty();
        List<String> lines = stdout.toString(StandardCharsets.UTF_8).lines().toList();
        for (String line : lines) {
            JsonNode message = JSON.readTree(line);
            assertThat(message.path("jsonrpc").asText()).as("only JSON-RPC on standard output: %s", line)
                    .isEqualTo("2.0");
            if (message.has("error")) {
                assertThat(message.path("error").toString()).as("an error in the client's terms")
                        .doesNotContain("java.", "Exception", "jackson", "jsonRpcError", "io.modelcontextprotocol");
            }
        }
        List<JsonNode> errorsWithoutId = lines.stream().map(McpStdioTest::read)
                .filter(m -> m.path("id").isNull() && m.has("error")).toList();
        assertThat(errorsWithoutId).extracting(m -> m.path("error").path("code").asInt())
                .as("garbage, {}, the batch, invalid UTF-8, the oversized line; the blank lines are skipped")
                .containsExactly(-32700, -32600, -32600, -32700, -32600);
        assertThat(errorsWithoutId.get(4).path("error").path("message").asText()).contains("longer than");
        assertThat(byId(answers, 2).path("result").isObject()).as("ping before initialized").isTrue();
        assertThat(byId(answers, 3).path("error").path("code").asInt()).isEqualTo(-32602);
        assertThat(byId(answers, 4).path("error").path("code").asInt()).isEqualTo(-32601);
        assertThat(byId(answers, 5).path("result").path("tools").size()).isGreaterThan(0);
        assertThat(lines.stream().map(McpStdioTest::read).filter(m -> m.path("id").asInt(-1) == 3)).hasSize(1);
    }

    private static void send(PipedOutputStream client, String line) throws IOException {
        client.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        client.flush();
    }

    /** The messages on standard output once an answer for each of these ids is there (or the time is up). */
    private static List<JsonNode> awaitIds(ByteArrayOutputStream stdout, int seconds, int... ids) {
        try {
            await().atMost(Duration.ofSeconds(seconds)).pollInterval(Duration.ofMillis(20))
                    .until(() -> answered(stdout, ids));
        } catch (ConditionTimeoutException e) {
            // the assertions name what is missing
        }
        return messages(stdout);
    }

    private static boolean answered(ByteArrayOutputStream stdout, int... ids) {
        List<JsonNode> messages = messages(stdout);
        return Arrays.stream(ids).allMatch(id -> messages.stream().anyMatch(m -> m.path("id").asInt(-1) == id));
    }

    private static List<JsonNode> messages(ByteArrayOutputStream stdout) {
        return stdout.toString(StandardCharsets.UTF_8).lines().map(McpStdioTest::read).toList();
    }

    private static JsonNode byId(List<JsonNode> messages, int id) {
        return messages.stream().filter(m -> m.path("id").asInt(-1) == id).findFirst()
                .orElseThrow(() -> new AssertionError("no answer for id " + id + " in " + messages));
    }

    private static JsonNode read(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new AssertionError("not JSON on standard output: " + line, e);
        }
    }
}
