package dev.designassistant.bench;

import dev.designassistant.it.Nginx;
import dev.designassistant.it.ServiceProcess;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * B on PostgreSQL: the same briefs (1 s LLM latency, {@code Prefer: wait}) sent to nginx, round robin in front of
 * two instances that share a database of their own on the local PostgreSQL: what one deployment of several
 * instances carries, with the events, limits and claims all going through the database.
 */
final class LoadBalancedBriefs {

    private static final String PG_SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    private final Results results;
    private final MockLlmServer mock;
    private final Benchmark.Settings settings;

    LoadBalancedBriefs(Results results, MockLlmServer mock, Benchmark.Settings settings) {
        this.results = results;
        this.mock = mock;
        this.settings = settings;
    }

    void measure(String brief, int rate, int seconds) throws Exception {
        String database = "assistant_bench_" + ProcessHandle.current().pid();
        execute("drop database if exists " + database);
        execute("create database " + database);
        try (ServiceProcess a = launch(database, "bench-a"); ServiceProcess b = launch(database, "bench-b")) {
            awaitReady(a);
            awaitReady(b);
            try (Nginx nginx = Nginx.roundRobin(List.of(a.port(), b.port()))) {
                run(nginx, a, b, brief, rate, seconds);
            }
        } finally {
            execute("drop database if exists " + database + " with (force)");
        }
    }

    private void run(Nginx nginx, ServiceProcess a, ServiceProcess b, String brief, int rate, int seconds)
            throws Exception {
        mock.latency(1000);
        Map<String, String> prefer = Map.of("Prefer", "wait=60", "Authorization", ServiceProcess.AUTHORIZATION);
        try (OpenLoopDriver driver = new OpenLoopDriver(rate * 4)) {
            driver.run(nginx.port(), "/api/briefs", prefer, brief, rate, Duration.ofSeconds(1), Duration.ofSeconds(60));
            String load = Machine.loadAverage();
            double cpuBefore = a.cpuSeconds() + b.cpuSeconds();
            OpenLoopDriver.Run run = driver.run(nginx.port(), "/api/briefs", prefer, brief, rate,
                    Duration.ofSeconds(seconds), Duration.ofSeconds(60));
            double cpu = a.cpuSeconds() + b.cpuSeconds() - cpuBefore;
            String note = String.format("%d briefs at %d/s through nginx to 2 instances on PostgreSQL, load %s",
                    run.scheduled(), rate, load);
            String errors = run.errorKinds().isEmpty() ? "" : run.errorKinds().toString();
            results.info("B-PG", "completed briefs/s as % of ideal (" + rate + "/s)",
                    run.throughput() / rate * 100, "%", note);
            results.info("B-PG", "errors", run.errors(), "", errors);
            results.info("B-PG", "end-to-end p50", run.p(50), "ms", "LLM alone: 1000 ms");
            results.info("B-PG", "end-to-end p99", run.p(99), "ms", "max " + Results.number(run.p(100)) + " ms");
            results.info("B-PG", "CPU per brief, both instances", cpu * 1000 / run.scheduled(), "ms",
                    "PostgreSQL and nginx not counted");
        } finally {
            mock.latency(0);
        }
    }

    private ServiceProcess launch(String database, String name) throws Exception {
        return ServiceProcess.launch(settings.jar(), settings.serviceJvm(), mock.baseUrl(),
                Files.createTempDirectory("design-assistant-bench"), settings.out().resolve("service-" + name + ".log"),
                Map.of("QUARKUS_PROFILE", "prod,pg",
                        "QUARKUS_DATASOURCE_PG_JDBC_URL", PG_SERVER + database,
                        "QUARKUS_DATASOURCE_PG_USERNAME", "postgres",
                        "QUARKUS_DATASOURCE_PG_PASSWORD", "",
                        "ASSISTANT_CHAIN_INSTANCE_ID", name));
    }

    private static void awaitReady(ServiceProcess service) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(deadline) && service.alive()) {
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + service.port() + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("an instance did not start; see its log under target/bench");
    }

    private static void execute(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(PG_SERVER + "postgres", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
