package dev.designassistant.it;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service ({@code target/quarkus-app/quarkus-run.jar}) as a user runs it: its own JVM, configured by
 * environment variables only, on a free port, with access control on (one client key). The integration tests kill
 * and restart it; the benchmark ({@code bench}) reads its CPU time and memory. The one helper for both (the bench
 * had a copy of its own).
 */
public final class ServiceProcess implements AutoCloseable {

    /** The packaged jar, after {@code ./mvnw package}. */
    public static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    /** The one client the processes know; access control is on, as in production. */
    public static final String API_KEY = "it-client-key";
    public static final String AUTHORIZATION = "Bearer " + API_KEY;

    private final Process process;
    private final int port;
    private final long launchedAtNanos;
    private final Path log;

    private ServiceProcess(Process process, int port, long launchedAtNanos, Path log) {
        this.log = log;
        this.process = process;
        this.port = port;
        this.launchedAtNanos = launchedAtNanos;
    }

    /** Starts the jar with these environment variables and waits until it answers; its log under target/it-logs. */
    static ServiceProcess start(String name, Map<String, String> env) throws IOException, InterruptedException {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " is missing: integration tests run after `./mvnw package`");
        }
        Path log = Path.of("target", "it-logs", name + "-" + System.nanoTime() + ".log");
        Files.createDirectories(log.getParent());
        ServiceProcess service = launch(JAR, List.of(), env, log);
        service.awaitReady(log);
        return service;
    }

    /**
     * Launches the jar against the LLM at {@code llmBaseUrl} (a mock) with a throwaway H2 file database in
     * {@code dbDir} (the default URL's options: group commit on) and the per-client rate limit off (one client sends
     * the whole load, as a trusted internal client would), without waiting for it.
     */
    public static ServiceProcess launch(Path jar, List<String> jvmOptions, String llmBaseUrl, Path dbDir, Path log,
                                        Map<String, String> extraEnv) throws IOException {
        return launch(jar, jvmOptions, benchEnvironment(llmBaseUrl, dbDir, extraEnv), log);
    }

    /** The environment of {@link #launch(Path, List, String, Path, Path, Map)}: the mock LLM, the throwaway database. */
    public static Map<String, String> benchEnvironment(String llmBaseUrl, Path dbDir, Map<String, String> extraEnv) {
        Map<String, String> env = new HashMap<>();
        env.put("ASSISTANT_LLM_BASE_URL", llmBaseUrl);
        env.put("ASSISTANT_LLM_API_KEY", "bench");
        env.put("ASSISTANT_LLM_RATE_LIMIT_PER_CLIENT_PER_MINUTE", "0");
        env.put("QUARKUS_DATASOURCE_H2_JDBC_URL", "jdbc:h2:file:" + dbDir.resolve("assistant").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;QUERY_CACHE_SIZE=64");
        env.putAll(extraEnv);
        return env;
    }

    /** Launches the jar with these JVM options and environment, without waiting for it; the log goes to {@code log}. */
    public static ServiceProcess launch(Path jar, List<String> jvmOptions, Map<String, String> env, Path log)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        return launch(command, env, log);
    }

    /**
     * Launches this command (the jar, or a launcher of it such as {@code bin/design-assistant}) with this
     * environment, without waiting for it; the log goes to {@code log}.
     */
    public static ServiceProcess launch(List<String> command, Map<String, String> env, Path log) throws IOException {
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.environment().putIfAbsent("ASSISTANT_ACCESS_API_KEYS", "it:" + API_KEY);
        long launched = System.nanoTime();
        return new ServiceProcess(builder.start(), port, launched, log);
    }

    /** The file its standard output and error go to. */
    public Path log() {
        return log;
    }

    public int port() {
        return port;
    }

    public String baseUri() {
        return "http://127.0.0.1:" + port;
    }

    public long pid() {
        return process.pid();
    }

    public long launchedAtNanos() {
        return launchedAtNanos;
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** Posts a brief of the template with its example parameters and the full chain; the session id. */
    String submitBrief(String template) {
        Map<String, Object> example = request().get("/api/templates/" + template)
                .then().statusCode(200).extract().path("example");
        return request().contentType(ContentType.JSON)
                // the kill-and-restart tests count the library's seven steps: no consistency ledger
                .body(Map.of("template", template, "parameters", example, "consistency", false))
                .when().post("/api/briefs")
                .then().statusCode(202).extract().path("sessionId");
    }

    /** The session as GET /api/sessions/{id} shows it. */
    JsonPath session(String id) {
        return request().get("/api/sessions/" + id).then().statusCode(200).extract().jsonPath();
    }

    /** A request to this process, with the client's API key. */
    RequestSpecification request() {
        return RestAssured.given().baseUri(baseUri()).header("Authorization", AUTHORIZATION);
    }

    /** Resident set size of the service JVM, from /proc (Linux), in MB; -1 elsewhere. */
    public double rssMegabytes() {
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /** CPU time (user + system) the service JVM has used so far, in seconds, from /proc (Linux); -1 elsewhere. */
    public double cpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0; // USER_HZ is 100 on Linux
        } catch (IOException | RuntimeException e) {
            return -1;
        }
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

    /** Stops the JVM as an operator would (SIGTERM), then forcibly if it lingers. */
    @Override
    public void close() throws InterruptedException {
        stop(20);
    }

    /** SIGTERM, then up to {@code seconds} for the JVM to exit (an AOT training run writes its cache then). */
    public void stop(int seconds) throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
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
