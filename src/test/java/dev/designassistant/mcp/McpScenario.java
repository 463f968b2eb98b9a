package dev.designassistant.mcp;

import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What any MCP client sees of the service, whichever the transport: the same checks run over HTTP (McpHttpTest)
 * and over stdio against the packaged jar (McpStdioIT).
 */
final class McpScenario {

    static final Map<String, Object> SAGA = Map.of(
            "businessTransaction", "order placement at 2,000 TPS with strong consistency",
            "services", List.of(Map.of("name", "OrderService", "responsibility", "creates orders in PostgreSQL"),
                    Map.of("name", "PaymentService", "responsibility", "charges cards through Stripe")));

    private McpScenario() {
    }

    static void initializes(McpSyncClient client) {
        McpSchema.InitializeResult init = client.initialize();
        assertThat(init.serverInfo().name()).isEqualTo("design-assistant");
        assertThat(init.capabilities().prompts()).isNotNull();
        assertThat(init.capabilities().tools()).isNotNull();
        assertThat(init.capabilities().resources()).isNotNull();
        assertThat(init.capabilities().completions()).isNotNull();
    }

    /** The library's 25 numbered prompts, in its order (the technology prompts and the free-form brief follow). */
    static final List<String> LIBRARY_ORDER = List.of("pattern-selection", "saga-vs-2pc",
            "choreography-vs-orchestration", "saga-design", "saga-compensation", "saga-edge-cases", "cqrs-architecture",
            "event-sourcing-aggregate", "event-schema-evolution", "consistency-analysis", "distributed-transaction",
            "outbox-pattern", "circuit-breaker-config", "bulkhead-design", "retry-strategy", "resilience-stack",
            "idempotency-strategy", "consumer-idempotency", "make-idempotent", "failure-scenarios",
            "saga-failure-analysis", "split-brain-analysis", "pattern-code-review", "saga-code-review",
            "circuit-breaker-review");

    static void listsTheTwentyNinePromptsWithTheirArguments(McpSyncClient client) {
        List<McpSchema.Prompt> prompts = client.listPrompts().prompts();
        assertThat(prompts).hasSize(29);
        assertThat(prompts.subList(0, LIBRARY_ORDER.size())).extracting(McpSchema.Prompt::name)
                .as("in the library's order").containsExactlyElementsOf(LIBRARY_ORDER);
        McpSchema.Prompt saga = prompts.stream().filter(p -> p.name().equals("saga-design")).findFirst().orElseThrow();
        assertThat(saga.title()).isEqualTo("Complete Saga Design");
        assertThat(saga.arguments()).extracting(McpSchema.PromptArgument::name)
                .containsExactly("businessTransaction", "services");
        assertThat(saga.arguments().get(1).description())
                .contains("a JSON array of objects, or one JSON object per line").contains("name, responsibility");
        assertThat(prompts).allSatisfy(p -> assertThat(p.arguments()).isNotEmpty());
    }

    static void rendersAPromptFromItsArguments(McpSyncClient client) {
        McpSchema.GetPromptResult result = client.getPrompt(new McpSchema.GetPromptRequest("saga-design", Map.of(
                "businessTransaction", "order placement",
                "services", "{\"name\": \"OrderService\", \"responsibility\": \"creates orders\"}\n"
                        + "{\"name\": \"PaymentService\", \"responsibility\": \"charges cards\"}")));
        String text = ((McpSchema.TextContent) result.messages().get(0).content()).text();
        assertThat(result.messages().get(0).role()).isEqualTo(McpSchema.Role.USER);
        assertThat(text).contains("Design a complete Saga for order placement.")
                .contains("- OrderService: creates orders").contains("- PaymentService: charges cards");
        assertThat(result.description()).startsWith("Complete Saga Design. Note, the brief could be better:")
                .contains("technology");
    }

    static void refusesAPromptNamingEveryProblem(McpSyncClient client) {
        assertThatThrownBy(() -> client.getPrompt(new McpSchema.GetPromptRequest("saga-design",
                Map.of("services", "[{\"name\": \"OrderService\"}]", "colour", "blue"))))
                .isInstanceOfSatisfying(McpError.class, e -> {
                    assertThat(e.getJsonRpcError().code()).isEqualTo(McpSchema.ErrorCodes.INVALID_PARAMS);
                    assertThat(e.getMessage()).contains("3 problem(s)").contains("businessTransaction is required")
                            .contains("services[0].responsibility is required")
                            .contains("colour is not a parameter of this template");
                });
    }

    static void completesEnumArguments(McpSyncClient client) {
        McpSchema.CompleteResult teams = client.completeCompletion(new McpSchema.CompleteRequest(
                new McpSchema.PromptReference("choreography-vs-orchestration"),
                new McpSchema.CompleteRequest.CompleteArgument("teamStructure", "m")));
        assertThat(teams.completion().values()).containsExactly("multiple teams");
        McpSchema.CompleteResult all = client.completeCompletion(new McpSchema.CompleteRequest(
                new McpSchema.PromptReference("choreography-vs-orchestration"),
                new McpSchema.CompleteRequest.CompleteArgument("couplingTolerance", "")));
        assertThat(all.completion().values()).containsExactly("loose preferred", "tight acceptable");
    }

    static void listsTheSixTools(McpSyncClient client) {
        List<McpSchema.Tool> tools = client.listTools().tools();
        assertThat(tools).extracting(McpSchema.Tool::name)
                .containsExactlyInAnyOrder("run_brief", "estimate_brief", "ask_follow_up", "review_code", "get_report",
                        "run_eval");
        assertThat(tools).allSatisfy(t -> assertThat(t.inputSchema()).containsKey("properties"));
        Map<String, Object> runBrief = tools.stream().filter(t -> t.name().equals("run_brief")).findFirst()
                .orElseThrow().inputSchema();
        SchemaValidator schema = new SchemaValidator();
        assertThat(schema.validate(runBrief, Map.of("template", "saga-design", "parameters", SAGA)).valid()).isTrue();
        assertThat(schema.validate(runBrief, Map.of("template", "saga-design", "parameters",
                Map.of("services", List.of()))).errorMessage()).as("the template's own schema applies")
                .contains("businessTransaction");
        assertThat(schema.validate(runBrief, Map.of("template", "saga-design", "parameters", Map.of(
                "businessTransaction", "order\u0000placement", "services", SAGA.get("services")))).valid())
                .as("the shared character patterns apply").isFalse();

        Map<String, Object> reviewCode = tools.stream().filter(t -> t.name().equals("review_code")).findFirst()
                .orElseThrow().inputSchema();
        Map<String, Object> lock = Map.of("patternName", "a Redis lock");
        List<Map<String, String>> files = List.of(Map.of("path", "src/Lock.java", "content", "class Lock {}"));
        assertThat(schema.validate(reviewCode, Map.of("template", "pattern-code-review", "parameters", lock,
                "files", files)).valid()).as("files without a language").isTrue();
        assertThat(schema.validate(reviewCode, Map.of("template", "pattern-code-review", "parameters", lock,
                "code", "class Lock {}", "language", "java")).valid()).as("code with its language").isTrue();
        assertThat(schema.validate(reviewCode, Map.of("template", "pattern-code-review", "parameters", lock,
                "code", "class Lock {}")).valid()).as("code needs its language").isFalse();
        assertThat(schema.validate(reviewCode, Map.of("template", "pattern-code-review", "parameters", lock,
                "code", "class Lock {}", "language", "java", "files", files)).valid()).as("not both").isFalse();
        assertThat(schema.validate(reviewCode, Map.of("template", "pattern-code-review", "files", files)).valid())
                .as("the template's required parameters").isFalse();
    }

    /**
     * The tools' list is small enough for a client to take in at once, and each tool says what it does to the world:
     * none deletes anything, the ones that ask the model reach outside the service, reading a report changes nothing.
     */
    static void listsTheToolsCompactlyWithTheirAnnotations(McpSyncClient client) throws Exception {
        McpSchema.ListToolsResult list = client.listTools();
        int bytes = McpClients.JSON.writeValueAsString(list).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        assertThat(bytes).as("tools/list in bytes").isLessThan(20_000);
        Map<String, McpSchema.ToolAnnotations> annotations = list.tools().stream()
                .collect(java.util.stream.Collectors.toMap(McpSchema.Tool::name, McpSchema.Tool::annotations));
        assertThat(annotations.get("get_report").readOnlyHint()).isTrue();
        assertThat(annotations.get("get_report").openWorldHint()).isFalse();
        for (String asksTheModel : List.of("run_brief", "ask_follow_up", "review_code")) {
            assertThat(annotations.get(asksTheModel).openWorldHint()).as(asksTheModel).isTrue();
            assertThat(annotations.get(asksTheModel).readOnlyHint()).as(asksTheModel).isFalse();
        }
        assertThat(annotations.values()).allSatisfy(a -> assertThat(a.destructiveHint()).isFalse());
    }

    /** Runs a brief with the follow-ups and returns its session id. */
    static String runsABriefWithProgress(McpSyncClient client, List<McpSchema.ProgressNotification> progress) {
        McpSchema.CallToolResult result = client.callTool(McpSchema.CallToolRequest.builder("run_brief")
                .arguments(Map.of("template", "saga-design", "parameters", SAGA))
                .progressToken("brief-1").build());
        assertThat(result.isError()).as(text(result)).isNotEqualTo(Boolean.TRUE);
        @SuppressWarnings("unchecked")
        Map<String, Object> structured = (Map<String, Object>) result.structuredContent();
        assertThat(structured).containsEntry("status", "done");
        List<?> steps = (List<?>) structured.get("steps");
        assertThat(steps.size()).isGreaterThan(1);
        assertThat(steps).allSatisfy(step -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> by = (Map<String, Object>) ((Map<?, ?>) step).get("answeredBy");
            assertThat(by).containsEntry("model", "default").containsEntry("cached", false).containsKey("modelId");
        });
        assertThat(text(result)).contains("## Design answer: Complete Saga Design").contains("## Follow-up 1 of ");
        // the client hands notifications to its consumer on a thread of its own: the last may trail the result
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(progress)
                .filteredOn(p -> "brief-1".equals(p.progressToken())).hasSize(steps.size()));
        assertThat(progress).allSatisfy(p -> assertThat(p.total()).isEqualTo((double) steps.size()));
        assertThat(progress).extracting(McpSchema.ProgressNotification::progress).isSorted()
                .contains((double) steps.size());
        assertThat(progress.get(0).message()).isEqualTo("Answered the design answer");
        assertThat(progress.get(1).message()).startsWith("Answered follow-up 1 of ");
        return (String) structured.get("sessionId");
    }

    /** Estimates the brief runsABriefWithProgress runs: its calls and tokens, without a model call. */
    static void estimatesABrief(McpSyncClient client) {
        McpSchema.CallToolResult result = client.callTool(McpSchema.CallToolRequest.builder("estimate_brief")
                .arguments(Map.of("template", "saga-design", "parameters", SAGA, "followUps", false)).build());
        assertThat(result.isError()).as(text(result)).isNotEqualTo(Boolean.TRUE);
        @SuppressWarnings("unchecked")
        Map<String, Object> structured = (Map<String, Object>) result.structuredContent();
        assertThat(structured).containsEntry("calls", 1).containsEntry("tokenizer", "approximate");
        assertThat(((Number) structured.get("inputTokens")).longValue()).isPositive();
        assertThat(text(result)).contains("1 call").contains("Nothing was sent to a model.");
    }

    static void asksAFollowUp(McpSyncClient client, String session) {
        McpSchema.CallToolResult result = client.callTool(new McpSchema.CallToolRequest("ask_follow_up",
                Map.of("sessionId", session, "question", "How would the compensation of PaymentService be retried?")));
        assertThat(result.isError()).as(text(result)).isNotEqualTo(Boolean.TRUE);
        assertThat(text(result)).isNotBlank();
    }

    static void reviewsCode(McpSyncClient client) {
        McpSchema.CallToolResult result = client.callTool(new McpSchema.CallToolRequest("review_code", Map.of(
                "template", "pattern-code-review", "language", "java",
                "parameters", Map.of("patternName", "Circuit Breaker"),
                "files", List.of(Map.of("path", "src/Payments.java",
                        "content", "class Payments {\n  Object charge() { return http.post(\"/charge\"); }\n}")))));
        assertThat(result.isError()).as(text(result)).isNotEqualTo(Boolean.TRUE);
        @SuppressWarnings("unchecked")
        Map<String, Object> structured = (Map<String, Object>) result.structuredContent();
        assertThat(structured).containsKeys("sessionId", "counts", "findings", "report");
        assertThat(text(result)).containsPattern("\\d+ finding\\(s\\): \\d+ critical, \\d+ major, \\d+ minor");

        McpSchema.CallToolResult withoutLanguage = client.callTool(new McpSchema.CallToolRequest("review_code", Map.of(
                "template", "pattern-code-review", "parameters", Map.of("patternName", "Circuit Breaker"),
                "files", List.of(Map.of("path", "src/payments.py", "content", "def charge():\n    return http.post('/charge')\n")))));
        assertThat(withoutLanguage.isError()).as(text(withoutLanguage)).isNotEqualTo(Boolean.TRUE);
        @SuppressWarnings("unchecked")
        String session = (String) ((Map<String, Object>) withoutLanguage.structuredContent()).get("sessionId");
        McpSchema.CallToolResult report = client.callTool(new McpSchema.CallToolRequest("get_report",
                Map.of("sessionId", session)));
        assertThat(text(report)).as("the language from the file's extension, as the CI command finds it")
                .contains("(`language`) | python |");
    }

    /** One case of one suite on the demo model: the scorecard comes back as text, the figures as structured content. */
    static void runsAnEvaluation(McpSyncClient client) {
        McpSchema.CallToolResult result = client.callTool(new McpSchema.CallToolRequest("run_eval", Map.of(
                "suites", List.of("saga-code-review"), "cases", List.of("java-order-saga-missing-refund"))));
        assertThat(result.isError()).as(text(result)).isNotEqualTo(Boolean.TRUE);
        @SuppressWarnings("unchecked")
        Map<String, Object> structured = (Map<String, Object>) result.structuredContent();
        assertThat(structured).containsEntry("status", "finished").containsEntry("done", 1).containsKey("scores");
        assertThat(text(result)).contains("## Models side by side").contains("| default | 0% (0/1) | 50% (1/2) | 100% (1/1) |");
        McpSchema.CallToolResult bad = client.callTool(new McpSchema.CallToolRequest("run_eval", Map.of(
                "suites", "saga-code-review", "repeat", "twice")));
        assertThat(bad.isError()).isTrue();
        assertThat(text(bad)).contains("suites").contains("repeat");
    }

    static void readsTheReport(McpSyncClient client, String session) {
        McpSchema.CallToolResult markdown = client.callTool(new McpSchema.CallToolRequest("get_report",
                Map.of("sessionId", session)));
        assertThat(markdown.isError()).as(text(markdown)).isNotEqualTo(Boolean.TRUE);
        assertThat(text(markdown)).contains("Complete Saga Design");
        McpSchema.CallToolResult json = client.callTool(new McpSchema.CallToolRequest("get_report",
                Map.of("sessionId", session, "format", "json")));
        assertThat(text(json)).startsWith("{");
        McpSchema.ReadResourceResult resource = client.readResource(
                new McpSchema.ReadResourceRequest("designassistant://sessions/" + session + "/report"));
        assertThat(((McpSchema.TextResourceContents) resource.contents().get(0)).text()).contains("Complete Saga Design");
        McpSchema.ReadResourceResult template = client.readResource(
                new McpSchema.ReadResourceRequest("designassistant://templates/saga-design"));
        assertThat(((McpSchema.TextResourceContents) template.contents().get(0)).text()).contains("\"businessTransaction\"");
        assertThat(template.contents().get(1).mimeType()).isEqualTo("application/schema+json");
    }

    /**
     * Every resource {@code resources/list} names, page after page: the catalog's templates first, in the library's
     * order, then the client's own session reports, newest first.
     */
    static List<McpSchema.Resource> listsTheCatalogThenTheClientsSessions(McpSyncClient client) {
        List<McpSchema.Resource> all = new java.util.ArrayList<>();
        String cursor = null;
        do {
            McpSchema.ListResourcesResult page = client.listResources(cursor);
            assertThat(page.resources()).as("a page").hasSizeLessThanOrEqualTo(McpResources.PAGE).isNotEmpty();
            all.addAll(page.resources());
            cursor = page.nextCursor();
        } while (cursor != null);
        assertThat(all.subList(0, LIBRARY_ORDER.size())).extracting(McpSchema.Resource::uri).containsExactlyElementsOf(
                LIBRARY_ORDER.stream().map(id -> "designassistant://templates/" + id).toList());
        assertThat(all.subList(29, all.size())).allSatisfy(r -> assertThat(r.uri())
                .matches("designassistant://sessions/[^/]+/report").isEqualTo("designassistant://sessions/"
                        + r.name().substring("session-".length()) + "/report"));
        assertThat(all).hasSizeLessThanOrEqualTo(29 + McpResources.LISTED_SESSIONS);
        return all;
    }

    static String sessionOf(McpSchema.Resource report) {
        return report.name().substring("session-".length());
    }

    static void refusesACursorItDidNotGive(McpSyncClient client) {
        assertThatThrownBy(() -> client.listResources("not-a-cursor"))
                .isInstanceOfSatisfying(McpError.class, e -> assertThat(e.getJsonRpcError().code())
                        .isEqualTo(McpSchema.ErrorCodes.INVALID_PARAMS));
    }

    /** Another client's session is not found by any tool or resource. */
    static void findsNoSuchSession(McpSyncClient client, String session) {
        for (McpSchema.CallToolRequest call : List.of(
                new McpSchema.CallToolRequest("ask_follow_up", Map.of("sessionId", session, "question", "Mine?")),
                new McpSchema.CallToolRequest("get_report", Map.of("sessionId", session)))) {
            McpSchema.CallToolResult result = client.callTool(call);
            assertThat(result.isError()).as(call.name()).isTrue();
            assertThat(text(result)).as(call.name()).contains("No session has the id");
        }
        assertThatThrownBy(() -> client.readResource(
                new McpSchema.ReadResourceRequest("designassistant://sessions/" + session + "/report")))
                .isInstanceOfSatisfying(McpError.class, e -> assertThat(e.getJsonRpcError().code())
                        .isEqualTo(McpSchema.ErrorCodes.RESOURCE_NOT_FOUND));
    }

    static void refusesBadToolArguments(McpSyncClient client) {
        McpSchema.CallToolResult noArguments = client.callTool(new McpSchema.CallToolRequest("run_brief", Map.of()));
        assertThat(noArguments.isError()).isTrue();
        assertThat(text(noArguments)).contains("template is required");
        McpSchema.CallToolResult badParameters = client.callTool(new McpSchema.CallToolRequest("run_brief",
                Map.of("template", "saga-design", "parameters", Map.of("services", "OrderService"))));
        assertThat(badParameters.isError()).isTrue();
        assertThat(text(badParameters)).contains("businessTransaction is required").contains("services must be");
        McpSchema.CallToolResult badFormat = client.callTool(new McpSchema.CallToolRequest("get_report",
                Map.of("sessionId", "x", "format", "pdf")));
        assertThat(badFormat.isError()).isTrue();
        assertThat(text(badFormat)).contains("unknown report format 'pdf'");
    }

    static String text(McpSchema.CallToolResult result) {
        return result.content().stream().filter(c -> c instanceof McpSchema.TextContent)
                .map(c -> ((McpSchema.TextContent) c).text()).reduce("", String::concat);
    }
}
