package dev.designassistant.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The service as users run it: the packaged jar ({@code target/quarkus-app/quarkus-run.jar}) in its own JVM,
 * pointed at the mock LLM and a throwaway H2 file database, configured only through environment variables.
 */
final class ServiceProcess implements AutoCloseable {

    /** The benchmark client's API key. */
    static final String API_KEY = "bench-client-key";
    static final String AUTHORIZATION = "Bearer " + API_KEY;

    private final Process process;
    private final int port;
    private final long launchedAtNanos;

    private ServiceProcess(Process process, int port, long launchedAtNanos) {
        this.process = process;
        this.port = port;
        this.launchedAtNanos = launchedAtNanos;
    }

    /** Launches the jar with the given JVM options; the log goes to {@code log}. */
    static ServiceProcess launch(Path jar, List<String> jvmOptions, String llmBaseUrl, Path dbDir, Path log,
                                 Map<String, String> extraEnv) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("ASSISTANT_LLM_BASE_URL", llmBaseUrl);
        env.put("ASSISTANT_LLM_API_KEY", "bench");
        // access control stays on, as in production; one client sends the whole load, so its per-minute
        // rate limit is lifted, as an operator would for a trusted internal client (README, Security)
        env.put("ASSISTANT_ACCESS_API_KEYS", "bench:" + API_KEY);
        env.put("ASSISTANT_LLM_RATE_LIMIT_PER_CLIENT_PER_MINUTE", "0");
        env.put("QUARKUS_DATASOURCE_H2_JDBC_URL", "jdbc:h2:file:" + dbDir.resolve("assistant").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;QUERY_CACHE_SIZE=64"); // = the default URL's options
        env.putAll(extraEnv);
        long launched = System.nanoTime();
        return new ServiceProcess(builder.start(), port, launched);
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    long launchedAtNanos() {
        return launchedAtNanos;
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Resident set size of the service JVM, from /proc (Linux), in MB; -1 elsewhere. */
    double rssMegabytes() {
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
    double cpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0; // USER_HZ is 100 on Linux
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Stops the JVM as an operator would (SIGTERM), then forcibly if it lingers. */
    @Override
    public void close() throws InterruptedException {
        stop(20);
    }

    /** SIGTERM, then up to {@code seconds} for the JVM to exit (an AOT training run writes its cache then). */
    void stop(int seconds) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
