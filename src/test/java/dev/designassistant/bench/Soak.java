package dev.designassistant.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.designassistant.api.RawHttp;
import dev.designassistant.catalog.TestCatalog;
import dev.designassistant.it.ServiceProcess;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The soak ({@code bench/run soak}): the packaged service against the mock LLM under a steady mixed load of briefs
 * (with and without follow-ups), own questions, reports in three formats, code reviews, reads, deletes and bad
 * requests (malformed JSON, duplicate keys, bad headers, wrong methods, bad paths, chunked bodies over the limit),
 * for {@code soak.minutes} (10) in {@code soak.rounds} (10) rounds at {@code soak.rate} (20) requests a second.
 * After each round: the service's live heap after a full GC (jcmd GC.class_histogram), its RSS, and every
 * response's status by kind; a status the kind does not expect counts as an error. Expected besides success: 409 for
 * a question to a session whose chain still runs, 404 for one deleted by the mix meanwhile, and each bad request's
 * own 4xx. Prints one table and writes
 * {@code target/bench/soak.md}.
 */
public final class Soak {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int KEPT_SESSIONS = 200;

    /** One kind of request and the statuses it may get. */
    private record Kind(String name, Set<Integer> expected) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    /** Sessions whose chain has ended, oldest first: questions, reports and reads go to them, deletes take the oldest. */
    private final List<String> sessions = new ArrayList<>();
    private final Map<String, Map<Integer, AtomicLong>> statuses = new ConcurrentHashMap<>();
    private final AtomicLong unexpected = new AtomicLong();
    private final AtomicLong sent = new AtomicLong();
    private final List<byte[]> badRequests = new ArrayList<>();
    private ServiceProcess service;
    private String brief;
    private String chainBrief;
    private String review;

    public static void main(String[] args) throws Exception {
        new Soak().run(Integer.getInteger("soak.minutes", 10), Integer.getInteger("soak.rounds", 10),
                Integer.getInteger("soak.rate", 20), Path.of(System.getProperty("bench.out", "target/bench")));
        System.exit(0);
    }

    private void run(int minutes, int rounds, int rate, Path out) throws Exception {
        Files.createDirectories(out);
        prepare();
        List<String> jvm = Arrays.asList(System.getProperty("bench.service.jvm", "-Xmx320m -XX:+UseParallelGC")
                .trim().split("\\s+"));
        StringBuilder table = new StringBuilder("| round | minute | requests | live heap after full GC (MB) | RSS (MB) "
                + "| unexpected | statuses |\n|---|---|---|---|---|---|---|\n");
        try (MockLlmServer mock = MockLlmServer.start(0, 20, 1);
             ServiceProcess started = ServiceProcess.launch(Path.of("target/quarkus-app/quarkus-run.jar"), jvm,
                     mock.baseUrl(), Files.createTempDirectory("design-assistant-soak"), out.resolve("soak-service.log"),
                     Map.of())) {
            service = started;
            awaitStarted();
            long roundMillis = TimeUnit.MINUTES.toMillis(minutes) / rounds;
            table.append(row(0, 0)).append('\n');
            System.out.println(table);
            long tick = 0;
            try (ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int round = 1; round <= rounds; round++) {
                    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(roundMillis);
                    long next = System.nanoTime();
                    while (next < end) {
                        long n = tick++;
                        requests.execute(() -> send(n));
                        next += 1_000_000_000L / rate;
                        long wait = next - System.nanoTime();
                        if (wait > 0) {
                            TimeUnit.NANOSECONDS.sleep(wait);
                        }
                    }
                    String line = row(round, roundMillis * round / 60_000.0);
                    table.append(line).append('\n');
                    System.out.println(line);
                }
            }
        }
        String result = "Soak: " + minutes + " min in " + rounds + " rounds at " + rate + " requests/s, mock LLM "
                + "latency 20 ms, service JVM " + System.getProperty("bench.service.jvm", "-Xmx320m -XX:+UseParallelGC")
                + ", load average at end " + Machine.loadAverage() + "\n\n" + table
                + "\nStatuses by kind over the whole run: " + statuses + "\n";
        Files.writeString(out.resolve("soak.md"), result);
        System.out.println(result);
    }

    /** One request of the mix, by its number: 20 kinds in turn. */
    private void send(long n) {
        try {
            switch ((int) (n % 20)) {
                case 0, 1, 2 -> created(kind("brief", 202), post("/api/briefs", brief, Map.of()));
                case 3 -> created(kind("waited brief", 200), post("/api/briefs", brief, Map.of("Prefer", "wait=30")));
                case 4 -> created(kind("brief with 2 follow-ups, waited", 200),
                        post("/api/briefs", chainBrief, Map.of("Prefer", "wait=30")));
                case 5, 6, 7 -> withSession(n, id -> count(kind("own question", 200, 404, 409),
                        post("/api/sessions/" + id + "/messages", "{\"content\": \"What fails first? (" + n + ")\"}",
                                n % 2 == 0 ? Map.of("Idempotency-Key", "soak-" + n) : Map.of())));
                case 8, 9, 10 -> withSession(n, id -> count(kind("report", 200, 404),
                        get("/api/sessions/" + id + "/report?format=" + List.of("markdown", "html", "json").get((int) (n % 3)))));
                case 11 -> count(kind("review", 200), post("/api/reviews", review, Map.of()));
                case 12 -> withSession(n, id -> count(kind("read session", 200, 404), get("/api/sessions/" + id)));
                case 13 -> count(kind("list sessions", 200), get("/api/sessions?page=0&size=20"));
                case 14 -> deleteOldest();
                default -> bad(n);
            }
        } catch (IOException | RuntimeException e) {
            statuses.computeIfAbsent("connection failure", k -> new ConcurrentHashMap<>())
                    .computeIfAbsent(-1, k -> new AtomicLong()).incrementAndGet();
            unexpected.incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void bad(long n) throws IOException {
        byte[] request = badRequests.get((int) ((n / 20 * 5 + n % 20 - 15) % badRequests.size()));
        int status = RawHttp.send(service.port(), request).status();
        count(kind("bad request", 400, 404, 405, 406, 413, 414, 415, 431), status);
    }

    private void deleteOldest() throws IOException, InterruptedException {
        String id = null;
        synchronized (sessions) {
            if (sessions.size() > KEPT_SESSIONS) {
                id = sessions.removeFirst();
            }
        }
        if (id != null) {
            count(kind("delete", 204), http.send(request("/api/sessions/" + id).DELETE().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode());
        } else {
            count(kind("templates", 200), get("/api/templates"));
        }
    }

    private interface SessionAction {
        void run(String id) throws IOException, InterruptedException;
    }

    /** The action on one of the stored sessions, a different one each time. */
    private void withSession(long n, SessionAction action) throws IOException, InterruptedException {
        String id;
        synchronized (sessions) {
            id = sessions.isEmpty() ? null : sessions.get((int) (n % sessions.size()));
        }
        if (id != null) {
            action.run(id);
        }
    }

    private void created(Kind kind, HttpResponse<String> response) throws IOException {
        count(kind, response.statusCode());
        if (response.statusCode() / 100 == 2) {
            String id = JSON.readTree(response.body()).path("sessionId").asText();
            synchronized (sessions) {
                sessions.add(id);
            }
        }
    }

    private void count(Kind kind, HttpResponse<String> response) {
        count(kind, response.statusCode());
    }

    private void count(Kind kind, int status) {
        statuses.computeIfAbsent(kind.name(), k -> new ConcurrentHashMap<>())
                .computeIfAbsent(status, k -> new AtomicLong()).incrementAndGet();
        sent.incrementAndGet();
        if (!kind.expected().contains(status)) {
            unexpected.incrementAndGet();
        }
    }

    private static Kind kind(String name, Integer... expected) {
        return new Kind(name, Set.of(expected));
    }

    private HttpResponse<String> post(String path, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path))
                .timeout(Duration.ofSeconds(60)).header("Authorization", ServiceProcess.AUTHORIZATION);
    }

    private void prepare() throws IOException {
        ObjectNode body = JSON.createObjectNode().put("template", Benchmark.TEMPLATE).put("consistency", false);
        body.set("parameters", JSON.valueToTree(TestCatalog.real().template(Benchmark.TEMPLATE).examples()));
        brief = JSON.writeValueAsString(body.deepCopy().put("followUps", false));
        ObjectNode chain = body.deepCopy();
        chain.putArray("followUps").add("monitoring").add("testing");
        chainBrief = JSON.writeValueAsString(chain);
        ObjectNode reviewBody = JSON.createObjectNode().put("template", "pattern-code-review");
        reviewBody.putObject("parameters").put("patternName", "a Redis lock").put("language", "java")
                .put("code", "class Lock { void lock() { redis.setnx(key, 1); redis.expire(key, 30); } }");
        review = JSON.writeValueAsString(reviewBody);
        String auth = "Authorization: " + ServiceProcess.AUTHORIZATION;
        String json = "Content-Type: application/json";
        for (String[] r : new String[][]{
                {"POST", "/api/briefs", json, "{\"template\": \"a\", \"template\": \"b\"}"},
                {"POST", "/api/briefs", json, "{\"template\": "},
                {"POST", "/api/briefs", json + "|Idempotency-Key:", "{}"},
                {"GET", "/api/sessions/%zz", "", null},
                {"GET", "/api/sessions/caf\u00c3\u00a9", "", null},
                {"GET", "/api/sessions/" + "a".repeat(9_000), "", null},
                {"GET", "/api/templates", "X-Padding: " + "p".repeat(20_000), null},
                {"GET", "/api/templates", "Accept: ;;;", null},
                {"PATCH", "/api/briefs", "", null},
                {"GET", "/api/nothing-here", "", null},
                {"POST", "/api/briefs", "Content-Type: text/plain", "hello"},
                {"GET", "/api/templates/no-such-template", "", null},
        }) {
            List<String> headers = new ArrayList<>(List.of(auth));
            if (!r[2].isEmpty()) {
                headers.addAll(List.of(r[2].split("\\|")));
            }
            badRequests.add(RawHttp.request(r[0], r[1], headers, r[3] == null ? null : r[3].getBytes(StandardCharsets.UTF_8)));
        }
        byte[] overLimit = ("{\"content\": \"" + "x".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        badRequests.add(RawHttp.request("POST", "/api/briefs", List.of(auth, json, "Transfer-Encoding: chunked"),
                RawHttp.chunked(overLimit)));
    }

    private void awaitStarted() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            try {
                if (get("/api/templates").statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("the service did not start; see target/bench/soak-service.log");
    }

    /** One row: live heap after a full GC, RSS, requests and unexpected answers so far, statuses so far. */
    private String row(int round, double minute) throws IOException, InterruptedException {
        Map<Integer, Long> all = new TreeMap<>();
        statuses.values().forEach(m -> m.forEach((status, count) -> all.merge(status, count.get(), Long::sum)));
        return String.format(java.util.Locale.ROOT, "| %d | %.1f | %d | %.1f | %.0f | %d | %s |", round, minute,
                sent.get(), liveHeapMegabytes(), service.rssMegabytes(), unexpected.get(), all);
    }

    /** The live heap after a full GC: jcmd's class histogram forces one and totals the live objects. */
    private double liveHeapMegabytes() throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), Long.toString(service.pid()), "GC.class_histogram")
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return output.lines().filter(l -> l.startsWith("Total")).findFirst()
                .map(l -> Long.parseLong(l.trim().split("\\s+")[2]) / 1024.0 / 1024.0).orElse(-1.0);
    }
}
