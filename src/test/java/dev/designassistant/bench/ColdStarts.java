package dev.designassistant.bench;

import dev.designassistant.it.ServiceProcess;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * F, cold starts (issue 29): each way people start the JVM, timed as whole processes, as the README starts them
 * ({@code bin/design-assistant}, the service with the README's JVM options in {@code JAVA_OPTS}) without the AOT cache
 * ({@code DESIGN_ASSISTANT_AOT=off}, as on a JDK older than 25) and with the one the build ships
 * ({@code target/quarkus-app/app.aot}), alternately, median of {@code bench.starts} (5) each: the service's launch → first answered brief (and its RSS 2 s later), {@code review} of one file in process
 * (launch → exit), and the stdio MCP server's launch → {@code initialize} answered. Every process gets the mock LLM
 * (0 ms) and its own fresh database; the stdio server's database is migrated by one start before the measured ones,
 * as a client's is after its first use. Run alone with {@code bench/run startup}.
 */
final class ColdStarts {

    private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{"
            + "\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"bench\",\"version\":\"1\"}}}\n";

    private final Results results;
    private final MockLlmServer mock;
    private final Benchmark.Settings settings;
    private final Path aotCache;
    private final Path review;
    private final int starts;

    ColdStarts(Results results, MockLlmServer mock, Benchmark.Settings settings) {
        this.results = results;
        this.mock = mock;
        this.settings = settings;
        this.aotCache = settings.jar().toAbsolutePath().getParent().resolve("app.aot");
        this.review = Path.of("examples", "InventoryLock.java").toAbsolutePath();
        this.starts = Integer.getInteger("bench.starts", 5);
    }

    /** The three kinds of start, plain and with the cache in turn; rows for each, plus idle RSS. */
    void measure(Benchmark bench) throws Exception {
        mock.latency(0);
        boolean cache = Runtime.version().feature() >= 25 && Files.exists(aotCache);
        if (!cache) {
            results.note("F: no AOT cache measured (" + (Files.exists(aotCache) ? "JDK older than 25"
                    : aotCache + " missing: package on JDK 25+") + ")");
        }
        List<Boolean> modes = cache ? List.of(false, true) : List.of(false);
        Path stdioData = Files.createTempDirectory("design-assistant-bench-stdio");
        initialize(false, stdioData); // migrates the stdio server's database once
        String load = Machine.loadAverage();
        double[][] service = new double[2][starts];
        double[][] rss = new double[2][starts];
        double[][] reviews = new double[2][starts];
        double[][] stdio = new double[2][starts];
        double[][][] cpu = new double[3][2][starts]; // service, review, stdio: CPU seconds of the process

        for (int i = 0; i < starts; i++) {
            for (boolean aot : modes) {
                int m = aot ? 1 : 0;
                try (ServiceProcess process = ServiceProcess.launch(List.of(LAUNCHER.toString()),
                        ServiceProcess.benchEnvironment(mock.baseUrl(),
                                Files.createTempDirectory("design-assistant-bench-f"), launcher(aot, serviceJvm())),
                        settings.out().resolve("service-f.log"))) {
                    service[m][i] = bench.firstAnswer(process);
                    cpu[0][m][i] = process.cpuSeconds();
                    Thread.sleep(2000);
                    rss[m][i] = process.rssMegabytes();
                }
                double[] r = review(aot);
                reviews[m][i] = r[0];
                cpu[1][m][i] = r[1];
                double[] s = initialize(aot, stdioData);
                stdio[m][i] = s[0];
                cpu[2][m][i] = s[1];
            }
        }
        String note = starts + " cold starts each, alternating plain and cached; load " + load + " → "
                + Machine.loadAverage();
        for (boolean aot : modes) {
            int m = aot ? 1 : 0;
            String mode = aot ? "JVM + shipped AOT cache" : "plain JVM, no cache";
            results.atMost("F", "launch → first answered brief, median (" + mode + ")", median(service[m]), "s",
                    aot ? 1.0 : 3.3, note + "; " + spread(service[m]) + cpu(cpu[0][m]));
            results.atMost("F", "review of one file in process, whole process, median (" + mode + ")",
                    median(reviews[m]), "s", aot ? 1.5 : 3.1, spread(reviews[m]) + cpu(cpu[1][m]));
            results.atMost("F", "stdio MCP launch → initialize answered, median (" + mode + ")", median(stdio[m]),
                    "s", aot ? 0.8 : 2.9, spread(stdio[m]) + cpu(cpu[2][m]));
            results.atMost("F", "RSS idle after start, median (" + mode + ")", median(rss[m]), "MB", 250,
                    "2 s after the first answer");
        }
    }

    private static final Path LAUNCHER = Path.of("bin", "design-assistant").toAbsolutePath();

    /** The service's JVM options: the README's (bench.service.jvm). */
    private String serviceJvm() {
        return String.join(" ", settings.serviceJvm());
    }

    /** The launcher's environment: this JDK, the packaged app, the cache on or off, the JVM options. */
    private Map<String, String> launcher(boolean aot, String javaOpts) {
        return Map.of("JAVA_HOME", System.getProperty("java.home"),
                "DESIGN_ASSISTANT_APP", settings.jar().toAbsolutePath().getParent().toString(),
                "DESIGN_ASSISTANT_AOT", aot ? "on" : "off",
                "JAVA_OPTS", javaOpts);
    }

    /** {@code review} of one file against the mock, in process: launch → exit and its CPU time, in seconds. */
    private double[] review(boolean aot) throws Exception {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of("review", "--template", "pattern-code-review", "--param",
                "patternName=a Redis distributed lock", review.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(settings.out().resolve("review-f.log").toFile());
        builder.environment().putAll(launcher(aot, ""));
        builder.environment().put("ASSISTANT_LLM_BASE_URL", mock.baseUrl());
        builder.environment().put("ASSISTANT_LLM_API_KEY", "bench");
        long start = System.nanoTime();
        Process process = builder.start();
        double cpu = 0;
        long deadline = start + TimeUnit.SECONDS.toNanos(120);
        while (!process.waitFor(5, TimeUnit.MILLISECONDS) && System.nanoTime() < deadline) {
            cpu = Math.max(cpu, cpuSeconds(process.pid())); // the last reading before it exits
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (process.isAlive() || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("review failed; see " + settings.out().resolve("review-f.log"));
        }
        return new double[] {seconds, cpu};
    }

    /** The stdio MCP server: launch → the answer to {@code initialize} and its CPU time then; then its input closes. */
    private double[] initialize(boolean aot, Path data) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(LAUNCHER.toString(), "mcp")
                .redirectError(settings.out().resolve("stdio-f.log").toFile());
        builder.environment().putAll(launcher(aot, "-Dassistant.data-dir=" + data));
        builder.environment().put("ASSISTANT_LLM_BASE_URL", mock.baseUrl());
        builder.environment().put("ASSISTANT_LLM_API_KEY", "bench");
        long start = System.nanoTime();
        Process process = builder.start();
        try (OutputStream in = process.getOutputStream();
             BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                     StandardCharsets.UTF_8))) {
            in.write(INITIALIZE.getBytes(StandardCharsets.UTF_8));
            in.flush();
            String line = out.readLine();
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = cpuSeconds(process.pid());
            if (line == null || !line.contains("\"id\":1") || !line.contains("\"result\"")) {
                throw new IllegalStateException("stdio initialize answered " + line + "; see "
                        + settings.out().resolve("stdio-f.log"));
            }
            in.close();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            return new double[] {seconds, cpu};
        } finally {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** User + system CPU seconds of a live process, from /proc (Linux); 0 elsewhere or once it has ended. */
    private static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0; // USER_HZ is 100 on Linux
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static String cpu(double[] seconds) {
        return String.format(Locale.ROOT, "; CPU median %.2f s", median(seconds));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String spread(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "range %.2f–%.2f s", sorted[0], sorted[sorted.length - 1]);
    }
}
