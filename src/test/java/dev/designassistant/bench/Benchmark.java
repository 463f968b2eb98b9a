package dev.designassistant.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.designassistant.catalog.ParameterValidator;
import dev.designassistant.catalog.PromptTemplate;
import dev.designassistant.catalog.TestCatalog;
import dev.designassistant.it.ServiceProcess;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark of issue 6: how much the service adds to the LLM's own latency. One run starts a mock LLM
 * ({@link MockLlmServer}), checks that the mock and the driver can carry three times the load measured, launches
 * the packaged service against it and measures, side by side in the same run:
 * D start-up and memory, A added latency, C a whole chain, B 1,000 concurrent briefs, E render time.
 * Prints one table and writes {@code target/bench/results.json} and {@code results.md}. Run with {@code bench/run}.
 */
public final class Benchmark {

    static final String TEMPLATE = "retry-strategy";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Settings settings;
    private final Results results = new Results();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private String brief;
    private String chainBrief;
    private String prompt;

    private Benchmark(Settings settings) {
        this.settings = settings;
    }

    /** Knobs, as system properties ({@code -Dbench.rate=1000} …); the defaults are the scenarios. */
    record Settings(Path jar, Path out, List<String> serviceJvm, boolean aot, int rate, int lowRate, int seconds,
                    int warmupPairs, int pairs, int chains, int renderRounds) {
        static Settings fromSystemProperties() {
            // the JVM options README recommends for this load ("Running it for real"): the JVM's own default heap is
            // 1/4 of RAM, and on 2 cores the throughput collector costs less CPU and native memory than G1
            String jvm = System.getProperty("bench.service.jvm", "-Xmx320m -XX:+UseParallelGC");
            boolean aot = Runtime.version().feature() >= 25 && Boolean.parseBoolean(System.getProperty("bench.aot", "true"));
            return new Settings(Path.of(System.getProperty("bench.jar", "target/quarkus-app/quarkus-run.jar")),
                    Path.of(System.getProperty("bench.out", "target/bench")),
                    jvm.isBlank() ? List.of() : Arrays.asList(jvm.trim().split("\\s+")), aot,
                    Integer.getInteger("bench.rate", 1000), Integer.getInteger("bench.rate.low", 250),
                    Integer.getInteger("bench.seconds", 5),
                    Integer.getInteger("bench.warmup", 8000), Integer.getInteger("bench.pairs", 2000),
                    Integer.getInteger("bench.chains", 10), Integer.getInteger("bench.render.rounds", 20_000));
        }
    }

    public static void main(String[] args) throws Exception {
        Benchmark bench = new Benchmark(Settings.fromSystemProperties());
        bench.run();
        System.exit(0);
    }

    private void run() throws Exception {
        Files.createDirectories(settings.out());
        Machine.describe(results, settings);
        prepareBriefs();
        try (MockLlmServer mock = MockLlmServer.start(0, 0, 2)) {
            if (Boolean.getBoolean("bench.startup.only")) { // F alone (bench/run startup)
                new ColdStarts(results, mock, settings).measure(this);
                report();
                return;
            }
            new MockCapacity(results, mock).measure(settings.rate() * 3, Math.min(settings.seconds(), 3));
            if (Boolean.getBoolean("bench.pg.only")) { // B-PG alone (bench/run -Dbench.pg.only=true)
                new LoadBalancedBriefs(results, mock, settings).measure(brief, settings.rate(), settings.seconds());
                report();
                return;
            }
            // A, C and B on the JVM as the README's run command starts it; the AOT cache only for D (and, for
            // comparison, A once more: its steady state measured slower, see BENCHMARKS.md)
            try (ServiceProcess service = launch(mock, settings.serviceJvm(), "service.log")) {
                startUp(service, "JVM");
                addedLatency(service, mock, null);
                chain(service, mock);
                ConcurrentBriefs concurrent = new ConcurrentBriefs(results, mock, service);
                if (settings.lowRate() > 0) {
                    concurrent.measure(brief, settings.lowRate(), settings.seconds(), false);
                }
                concurrent.measure(brief, settings.rate(), settings.seconds(), true);
            }
            if (Boolean.parseBoolean(System.getProperty("bench.pg", "true"))) {
                // B again on one deployment of two instances behind nginx, sharing the local PostgreSQL
                new LoadBalancedBriefs(results, mock, settings).measure(brief, settings.rate(), settings.seconds());
            }
            if (settings.aot()) {
                List<String> jvm = new ArrayList<>(settings.serviceJvm());
                jvm.add("-XX:AOTCache=" + trainAotCache(mock).toAbsolutePath());
                try (ServiceProcess cached = launch(mock, jvm, "service-aot.log")) {
                    startUp(cached, "JVM + AOT cache");
                    addedLatency(cached, mock, "JVM + AOT cache");
                }
            }
        }
        if (Boolean.parseBoolean(System.getProperty("bench.startup", "true"))) {
            try (MockLlmServer mock = MockLlmServer.start(0, 0, 2)) {
                new ColdStarts(results, mock, settings).measure(this);
            }
        }
        renderTimes();
        report();
    }

    private void report() throws IOException {
        results.machine("load average at end", Machine.loadAverage());
        System.out.println();
        System.out.println(results.markdown());
        results.write(settings.out());
        System.out.println("Written to " + settings.out().resolve("results.md") + " and results.json");
    }

    private void prepareBriefs() throws IOException {
        PromptTemplate template = TestCatalog.real().template(TEMPLATE);
        var parameters = JSON.valueToTree(template.examples());
        prompt = template.render(ParameterValidator.validate(template, parameters));
        // one LLM call per brief, as measured before the consistency ledger (on by default) existed
        ObjectNode body = JSON.createObjectNode().put("template", TEMPLATE).put("consistency", false);
        body.set("parameters", parameters);
        brief = JSON.writeValueAsString(body.deepCopy().put("followUps", false));
        chainBrief = JSON.writeValueAsString(body.deepCopy().put("followUps", true));
    }

    private ServiceProcess launch(MockLlmServer mock, List<String> jvm, String log) throws IOException {
        return ServiceProcess.launch(settings.jar(), jvm, mock.baseUrl(),
                Files.createTempDirectory("design-assistant-bench"), settings.out().resolve(log), Map.of());
    }

    /**
     * A training run for the JDK's ahead-of-time cache (JEP 483/514/515, JDK 25+): the service answers some briefs
     * and chains, and writes {@code app.aot} as it exits; later launches load classes from it and start faster.
     * The recipe an operator follows is the same (README, "Faster start-up").
     */
    private Path trainAotCache(MockLlmServer mock) throws Exception {
        Path aot = settings.out().resolve("app.aot").toAbsolutePath();
        Files.deleteIfExists(aot);
        List<String> jvm = new ArrayList<>(settings.serviceJvm());
        jvm.add("-XX:AOTCacheOutput=" + aot);
        ServiceProcess training = launch(mock, jvm, "service-aot-training.log");
        try {
            firstAnswer(training);
            for (int i = 0; i < 300; i++) {
                post(training, brief, 30);
            }
            for (int i = 0; i < 3; i++) {
                post(training, chainBrief, 30);
            }
        } finally {
            training.stop(300);
        }
        if (!Files.exists(aot)) {
            throw new IllegalStateException("no AOT cache written; see " + settings.out().resolve("service-aot-training.log"));
        }
        return aot;
    }

    /** D: launch to the first 200 of a real brief, and the resident memory then. */
    private void startUp(ServiceProcess service, String mode) throws Exception {
        String load = Machine.loadAverage();
        double seconds = firstAnswer(service);
        results.atMost("D", "launch → first 200 of a brief (" + mode + ")", seconds, "s", 2.0, "load " + load);
        Thread.sleep(2000);
        results.atMost("D", "RSS idle after start (" + mode + ")", service.rssMegabytes(), "MB", 250,
                "2 s after the first answer");
    }

    /** Posts a brief until the service answers 200; seconds since launch. */
    double firstAnswer(ServiceProcess service) throws Exception {
        HttpResponse<String> response = null;
        while (response == null || response.statusCode() / 100 != 2) {
            if (!service.alive()) {
                throw new IllegalStateException("the service died at start; see " + settings.out().resolve("service.log"));
            }
            try {
                response = post(service, brief, 10);
            } catch (IOException e) {
                Thread.sleep(5);
            }
        }
        return (System.nanoTime() - service.launchedAtNanos()) / 1e9;
    }

    /** A: the same brief through the service and straight to the mock with langchain4j, alternately. */
    /** Scenario A; {@code variant} null: the judged rows, else information rows for that variant of the JVM. */
    private void addedLatency(ServiceProcess service, MockLlmServer mock, String variant) throws Exception {
        mock.latency(0);
        ChatModel direct = OpenAiChatModel.builder().baseUrl(mock.baseUrl()).apiKey("bench").modelName("gpt-4o-mini")
                .maxRetries(0).timeout(Duration.ofSeconds(30)).build();
        pairs(service, direct, settings.warmupPairs(), null);
        String load = Machine.loadAverage();
        long[][] measured = new long[3][settings.pairs()];
        double cpuBefore = service.cpuSeconds();
        pairs(service, direct, settings.pairs(), measured);
        double cpuPerBrief = (service.cpuSeconds() - cpuBefore) * 1000 / settings.pairs();
        if (variant == null) {
            writePairs(measured);
        }
        long[] viaService = measured[0];
        long[] straight = measured[1];
        long[] added = measured[2];
        Arrays.sort(viaService);
        Arrays.sort(straight);
        Arrays.sort(added);
        String n = settings.pairs() + " pairs, load " + load;
        if (variant != null) {
            results.info("A", "added latency p50 / p99 (" + variant + ")", ms(pct(added, 50)), "ms",
                    String.format(Locale.ROOT, "p99 %.3f ms, service CPU per brief %.3f ms; %s", ms(pct(added, 99)),
                            cpuPerBrief, n));
            return;
        }
        results.atMost("A", "added latency p50 (per pair: service − direct)", ms(pct(added, 50)), "ms", 1, n);
        results.atMost("A", "added latency p99 (per pair: service − direct)", ms(pct(added, 99)), "ms", 3, n);
        results.info("A", "service CPU per brief, one at a time", cpuPerBrief, "ms",
                "user + system time of the service JVM over the measured pairs / pairs");
        results.info("A", "p50 service − p50 direct", ms(pct(viaService, 50) - pct(straight, 50)), "ms",
                String.format(Locale.ROOT, "service p50 %.3f ms, direct p50 %.3f ms",
                        ms(pct(viaService, 50)), ms(pct(straight, 50))));
        results.info("A", "p99 service − p99 direct", ms(pct(viaService, 99) - pct(straight, 99)), "ms",
                String.format(Locale.ROOT, "service p99 %.3f ms, direct p99 %.3f ms",
                        ms(pct(viaService, 99)), ms(pct(straight, 99))));
    }

    /** Every measured pair in order (a-pairs.csv), to see whether slow ones cluster (GC, JIT) or spread. */
    private void writePairs(long[][] measured) throws IOException {
        StringBuilder csv = new StringBuilder("pair,service_us,direct_us\n");
        for (int i = 0; i < measured[0].length; i++) {
            csv.append(i).append(',').append(measured[0][i] / 1000).append(',').append(measured[1][i] / 1000).append('\n');
        }
        Files.writeString(settings.out().resolve("a-pairs.csv"), csv);
    }

    private void pairs(ServiceProcess service, ChatModel direct, int count, long[][] into) throws Exception {
        for (int i = 0; i < count; i++) {
            long viaService;
            long straight;
            if (i % 2 == 0) {
                viaService = timedBrief(service);
                straight = timedDirect(direct);
            } else {
                straight = timedDirect(direct);
                viaService = timedBrief(service);
            }
            if (into != null) {
                into[0][i] = viaService;
                into[1][i] = straight;
                into[2][i] = viaService - straight;
            }
        }
    }

    private long timedBrief(ServiceProcess service) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = post(service, brief, 30);
        long elapsed = System.nanoTime() - start;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("brief answered " + response.statusCode() + ": " + response.body());
        }
        return elapsed;
    }

    private long timedDirect(ChatModel direct) {
        long start = System.nanoTime();
        direct.chat(UserMessage.from(prompt));
        return System.nanoTime() - start;
    }

    /** C: a brief with the library's six follow-ups at 100 ms per LLM call, minus the 7 × 100 ms of the LLM. */
    private void chain(ServiceProcess service, MockLlmServer mock) throws Exception {
        mock.latency(100);
        post(service, chainBrief, 60); // warm-up
        String load = Machine.loadAverage();
        long before = mock.requests();
        double[] added = new double[settings.chains()];
        for (int i = 0; i < added.length; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = post(service, chainBrief, 60);
            double millis = (System.nanoTime() - start) / 1e6;
            if (response.statusCode() != 200 || !JSON.readTree(response.body()).path("status").asText().equals("done")) {
                throw new IllegalStateException("chain answered " + response.statusCode() + ": " + response.body());
            }
            added[i] = millis - 700;
        }
        long calls = (mock.requests() - before) / added.length;
        Arrays.sort(added);
        String note = added.length + " chains of " + calls + " LLM calls, load " + load;
        results.atMost("C", "chain time − 7 × 100 ms, median", added[added.length / 2], "ms", 50, note);
        results.atMost("C", "chain time − 7 × 100 ms, max", added[added.length - 1], "ms", 50, note);
    }

    private void renderTimes() {
        String load = Machine.loadAverage();
        List<RenderTiming.TemplateTiming> timings = new ArrayList<>(RenderTiming.measure(settings.renderRounds()));
        timings.sort((a, b) -> Double.compare(b.p99Micros(), a.p99Micros()));
        RenderTiming.TemplateTiming worst = timings.get(0);
        double medianP50 = timings.stream().mapToDouble(RenderTiming.TemplateTiming::p50Micros).sorted()
                .toArray()[timings.size() / 2];
        results.atMost("E", "render p99, worst template (" + worst.template() + ")", worst.p99Micros(), "µs", 100,
                timings.size() + " templates × " + settings.renderRounds() + " renders, load " + load);
        results.info("E", "render p50, median template", medianP50, "µs", "");
    }

    HttpResponse<String> post(ServiceProcess service, String body, int waitSeconds) throws IOException,
            InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + "/api/briefs"))
                .header("Content-Type", "application/json").header("Prefer", "wait=" + waitSeconds)
                .header("Authorization", ServiceProcess.AUTHORIZATION)
                .timeout(Duration.ofSeconds(waitSeconds + 5L))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static long pct(long[] sorted, double percentile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * percentile / 100.0) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
