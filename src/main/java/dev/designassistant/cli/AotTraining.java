package dev.designassistant.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.designassistant.llm.LocalServer;
import io.quarkus.runtime.QuarkusApplication;
import jakarta.inject.Singleton;
import picocli.CommandLine;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The training run of the JDK's AOT cache ({@code target/quarkus-app/app.aot}, made by {@code ./mvnw package} on
 * JDK 25+): the service as it runs for real, driven through the paths users take, so that the classes they load,
 * and the methods they run hot, are in the cache: briefs with and without follow-ups over HTTP, reports, the web
 * pages, templates, health, the OpenAPI document, the MCP endpoint's initialize and lists, and the {@code review}
 * command in this process. The demo model answers; the database is a throwaway H2 file. Started by
 * {@code -Ddesign-assistant.aot-training=true} ({@link Main}); it prints nothing on success.
 */
@Singleton
public class AotTraining implements QuarkusApplication {

    /** The system property that makes the jar run this training instead of the service. */
    static final String PROPERTY = "design-assistant.aot-training";
    static final String KEY = UUID.randomUUID().toString();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HOT = "retry-strategy";

    private final LocalServer server;
    private final InProcessReviewer reviewer;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public AotTraining(LocalServer server, InProcessReviewer reviewer) {
        this.server = server;
        this.reviewer = reviewer;
    }

    /** Settings of the training run (as a service on a random local port, a throwaway database). */
    static Map<String, String> settings(Path dataDir) {
        return Map.of(
                "quarkus.http.port", "0",
                "quarkus.http.host", "localhost",
                "quarkus.log.level", "WARN",
                "quarkus.banner.enabled", "false",
                "quarkus.log.category.\"org.flywaydb\".level", "ERROR",
                "assistant.access.api-keys", "aot:" + KEY,
                "assistant.data-dir", dataDir.toString());
    }

    @Override
    public int run(String... args) throws Exception {
        String base = server.baseUrl();
        List<String> ids = new ArrayList<>();
        for (JsonNode template : get(base + "/api/templates")) {
            ids.add(template.path("id").asText());
        }
        // every template once (its render and checks), then one many times (the request path's hot methods)
        for (String id : ids) {
            brief(base, id);
        }
        for (int i = 0; i < 40 && ids.contains(HOT); i++) {
            String session = brief(base, HOT);
            if (i == 0) {
                reports(base, session);
            }
        }
        String first = ids.isEmpty() ? HOT : ids.get(0);
        ObjectNode chain = JSON.createObjectNode().put("template", first).put("followUps", true);
        chain.set("parameters", get(base + "/api/templates/" + first).path("example"));
        reports(base, post(base + "/api/briefs", chain).path("sessionId").asText());
        for (String page : List.of("/", "/templates/" + first, "/review", "/sessions", "/q/health",
                "/q/openapi", "/q/metrics", "/api/sessions")) {
            send(HttpRequest.newBuilder(URI.create(base + page)));
        }
        mcp(base);
        review();
        return 0;
    }

    private String brief(String base, String template) throws Exception {
        ObjectNode brief = JSON.createObjectNode().put("template", template).put("followUps", false)
                .put("consistency", false);
        brief.set("parameters", get(base + "/api/templates/" + template).path("example"));
        return post(base + "/api/briefs", brief).path("sessionId").asText();
    }

    private void reports(String base, String session) throws Exception {
        send(HttpRequest.newBuilder(URI.create(base + "/api/sessions/" + session)));
        send(HttpRequest.newBuilder(URI.create(base + "/sessions/" + session)));
        for (String format : List.of("markdown", "html", "json", "sarif", "adr")) {
            send(HttpRequest.newBuilder(URI.create(base + "/api/sessions/" + session + "/report?format=" + format)));
        }
    }

    /** The MCP endpoint: initialize, then the lists a client asks for first. */
    private void mcp(String base) throws Exception {
        HttpResponse<String> init = send(mcpRequest(base, null).POST(HttpRequest.BodyPublishers.ofString(
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
                        + "\"capabilities\":{},\"clientInfo\":{\"name\":\"aot-training\",\"version\":\"1\"}}}")));
        String session = init.headers().firstValue("Mcp-Session-Id").orElse(null);
        send(mcpRequest(base, session).POST(HttpRequest.BodyPublishers.ofString(
                "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}")));
        int id = 2;
        for (String method : List.of("tools/list", "prompts/list", "resources/templates/list")) {
            send(mcpRequest(base, session).POST(HttpRequest.BodyPublishers.ofString(
                    "{\"jsonrpc\":\"2.0\",\"id\":" + id++ + ",\"method\":\"" + method + "\",\"params\":{}}")));
        }
    }

    private HttpRequest.Builder mcpRequest(String base, String session) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/mcp"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream");
        return session == null ? request : request.header("Mcp-Session-Id", session);
    }

    /** The review command in this process, as CI runs it (its report to a file, not to standard output). */
    private void review() throws IOException {
        Path dir = Files.createTempDirectory("aot-training-review");
        try {
            Path code = Files.writeString(dir.resolve("Lock.java"), """
                    class Lock {
                        boolean tryLock(String key) {
                            return redis.set(key, "1", "NX", "PX", 30000) != null;
                        }
                    }
                    """);
            for (String format : List.of("markdown", "sarif")) {
                new CommandLine(new ReviewCommand(url -> reviewer)).execute("--template", "pattern-code-review",
                        "--param", "patternName=a Redis distributed lock", "--format", format,
                        "--output", dir.resolve("review." + format).toString(), code.toString());
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    private JsonNode get(String uri) throws Exception {
        return JSON.readTree(send(HttpRequest.newBuilder(URI.create(uri))).body());
    }

    private JsonNode post(String uri, JsonNode body) throws Exception {
        return JSON.readTree(send(HttpRequest.newBuilder(URI.create(uri)).header("Content-Type", "application/json")
                .header("Prefer", "wait=30").POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))).body());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = http.send(request.header("Authorization", "Bearer " + KEY)
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 500) {
            throw new IllegalStateException(request.build().uri() + " answered " + response.statusCode());
        }
        return response;
    }
}
