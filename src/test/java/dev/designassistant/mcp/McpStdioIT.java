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
 * The packaged jar as a local MCP client starts it ({@code java -jar target/quarkus-app/quarkus-run.jar mcp}), spoken
 * to over stdio by the SDK's client: the demo model answers, the sessions go to a database file of the test's own.
 */
class McpStdioIT {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");

    @TempDir
    Path data;

    private final StringBuffer stderr = new StringBuffer();
    private final List<McpSchema.ProgressNotification> progress = McpClients.progressList();
    private McpSyncClient client;

    @BeforeEach
    void startTheJar() {
        assertThat(JAR).as("integration tests run after `./mvnw package`").exists();
        client = McpClients.stdio(ServerParameters.builder(Path.of(System.getProperty("java.home"), "bin", "java")
                        .toString())
                .args("-Dassistant.data-dir=" + data, "-jar", JAR.toString(), "mcp").build(),
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
        McpScenario.listsTheFourTools(client);

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
    }

    @Test
    void the_report_link_of_a_stdio_session_is_its_resource_not_a_random_port() throws Exception {
        McpScenario.initializes(client);
        McpSchema.CallToolResult result = client.callTool(new McpSchema.CallToolRequest("run_brief", java.util.Map.of(
                "template", "saga-design", "parameters", McpScenario.SAGA, "followUps", false)));
        assertThat(McpScenario.text(result)).contains("Report: designassistant://sessions/").doesNotContain("http://");
        assertThat(Files.exists(data)).isTrue();
    }
}
