package dev.designassistant.it;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The packaged service ({@code target/quarkus-app/quarkus-run.jar}) as a user runs it: its own process,
 * configured by environment variables only, so a test can kill it and start it again.
 */
final class ServiceProcess implements AutoCloseable {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    /** The one client the processes know; access control is on, as in production. */
    private static final String API_KEY = "it-client-key";

    private final Process process;
    private final int port;

    private ServiceProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the jar with these environment variables and waits until it answers. */
    static ServiceProcess start(String name, Map<String, String> env) throws IOException, InterruptedException {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " is missing: integration tests run after `./mvnw package`");
        }
        int port = freePort();
        Path log = Path.of("target", "it-logs", name + "-" + System.nanoTime() + ".log");
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.environment().putIfAbsent("ASSISTANT_ACCESS_API_KEYS", "it:" + API_KEY);
        ServiceProcess service = new ServiceProcess(builder.start(), port);
        service.awaitReady(log);
        return service;
    }

    int port() {
        return port;
    }

    String baseUri() {
        return "http://127.0.0.1:" + port;
    }

    /** Posts a brief of the template with its example parameters and the full chain; the session id. */
    String submitBrief(String template) {
        java.util.Map<String, Object> example = request().get("/api/templates/" + template)
                .then().statusCode(200).extract().path("example");
        return request().contentType(io.restassured.http.ContentType.JSON)
                // the kill-and-restart tests count the library's seven steps: no consistency ledger
                .body(java.util.Map.of("template", template, "parameters", example, "consistency", false))
                .when().post("/api/briefs")
                .then().statusCode(202).extract().path("sessionId");
    }

    /** The session as GET /api/sessions/{id} shows it. */
    io.restassured.path.json.JsonPath session(String id) {
        return request().get("/api/sessions/" + id).then().statusCode(200).extract().jsonPath();
    }

    /** A request to this process, with the client's API key. */
    RequestSpecification request() {
        return RestAssured.given().baseUri(baseUri()).header("Authorization", "Bearer " + API_KEY);
    }

    /** Stops the process as an orchestrator would in a rolling restart (SIGTERM); its exit code. */
    int terminate() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(Duration.ofSeconds(30).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("the service did not exit within 30 s of SIGTERM");
        }
        return process.exitValue();
    }

    /** Kills the process without warning (SIGKILL), as a crash or an OOM killer would. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(Duration.ofSeconds(20).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                kill();
            }
        }
    }

    private void awaitReady(Path log) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited at start-up:\n" + Files.readString(log));
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(baseUri() + "/q/health/ready"))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the service did not become ready in 60 s:\n" + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
