package dev.designassistant.mcp;

import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.spec.McpSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar as a local MCP client starts it (README: {@code bin/design-assistant mcp}, with the JDK in
 * {@code JAVA_HOME} and the AOT cache the build made), spoken to over stdio by the SDK's client: the demo model
 * answers, the sessions go to a database file of the test's own.
 */
class McpStdioIT {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final Path LAUNCHER = Path.of("bin", "design-assistant");

    @TempDir
    Path data;

    private final StringBuffer stderr = new StringBuffer();
    private final List<McpSchema.ProgressNotification> progress = McpClients.progressList();
    private McpSyncClient client;

    @BeforeEach
    void startTheJar() {
        assertThat(JAR).as("integration tests run after `./mvnw package`").exists();
        client = McpClients.stdio(ServerParameters.builder(LAUNCHER.toAbsolutePath().toString()).args("mcp")
                        .env(java.util.Map.of("JAVA_HOME", System.getProperty("java.home"),
                                "JAVA_OPTS", "-Dassistant.data-dir=" + data)).build(),
                line -> stderr.append(line).append('\n'), progress);
    }

    @AfterEach
    void stopIt() {
        client.closeGracefully();
    }

    @Test
    void a_local_client_lists_and_renders_the_prompts_and_runs_every_tool_on_the_demo_model() throws Exception {
        McpScenario.initializes(client);
        McpScenario.listsTheTwentyNinePromptsWithTheirArguments(client);
        McpScenario.rendersAPromptFromItsArguments(client);
        McpScenario.refusesAPromptNamingEveryProblem(client);
        McpScenario.completesEnumArguments(client);
        McpScenario.listsTheSixTools(client);

        String session = McpScenario.runsABriefWithProgress(client, progress);
        McpScenario.asksAFollowUp(client, session);
        McpScenario.reviewsCode(client);
        McpScenario.readsTheReport(client, session);
        McpScenario.findsNoSuchSession(client, UUID.randomUUID().toString());
        assertThat(McpScenario.listsTheCatalogThenTheClientsSessions(client)).extracting(McpScenario::sessionOf)
                .contains(session);
        McpScenario.listsTheToolsCompactlyWithTheirAnnotations(client);
        McpScenario.refusesBadToolArguments(client);

        assertThat(data.resolve("assistant.mv.db")).as("the sessions are in the database the client chose").exists();
        if (Runtime.version().feature() >= 25 && Files.exists(JAR.resolveSibling("app.aot"))) {
            assertThat(stderr.toString()).as("the JDK used the AOT cache the build made: no word of it on stderr")
                    .doesNotContain("AOT cache").doesNotContain("[error");
        }
    }

    @Test
    void the_report_link_of_a_stdio_session_is_its_resource_not_a_random_port() throws Exception {
        McpScenario.initializes(client);
        McpSchema.CallToolResult result = client.callTool(new McpSchema.CallToolRequest("run_brief", java.util.Map.of(
                "template", "saga-design", "parameters", McpScenario.SAGA, "followUps", false)));
        assertThat(McpScenario.text(result)).contains("Report: designassistant://sessions/").doesNotContain("http://");
        assertThat(Files.exists(data)).isTrue();
    }

    @Test
    void the_jar_answers_bad_lines_goes_on_writes_only_json_rpc_and_exits_0_when_input_closes() throws Exception {
        ProcessBuilder launch = new ProcessBuilder(LAUNCHER.toAbsolutePath().toString(), "mcp")
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        launch.environment().put("JAVA_HOME", System.getProperty("java.home"));
        launch.environment().put("JAVA_OPTS", "-Dassistant.data-dir=" + data.resolve("raw"));
        Process jar = launch.start();
        String lines = String.join("\n", "garbage", "", "{}", "[1,2]",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
                        + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"it\",\"version\":\"1\"}}}",
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\"}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"prompts/get\",\"params\":\"saga-design\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/list\"}") + "\n";
        try (var stdin = jar.getOutputStream()) {
            stdin.write(lines.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            stdin.write(new byte[]{(byte) 0xFF, '\n'});
        }
        var stdout = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return new String(jar.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        boolean ended = jar.waitFor(60, java.util.concurrent.TimeUnit.SECONDS);
        if (!ended) {
            jar.destroyForcibly();
        }
        assertThat(ended).as("ends when standard input closes").isTrue();
        assertThat(jar.exitValue()).isZero();
        java.util.List<String> out = stdout.get(10, java.util.concurrent.TimeUnit.SECONDS).lines().toList();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        java.util.Set<Integer> ids = new java.util.HashSet<>();
        int errorsWithoutId = 0;
        for (String line : out) {
            com.fasterxml.jackson.databind.JsonNode message = json.readTree(line);
            assertThat(message.path("jsonrpc").asText()).as(line).isEqualTo("2.0");
            if (message.path("id").isNull()) {
                errorsWithoutId++;
            } else {
                ids.add(message.path("id").asInt());
            }
        }
        assertThat(ids).containsExactlyInAnyOrder(1, 2, 3, 4);
        assertThat(errorsWithoutId).as("garbage, {}, the batch, invalid UTF-8").isEqualTo(4);
    }
}
