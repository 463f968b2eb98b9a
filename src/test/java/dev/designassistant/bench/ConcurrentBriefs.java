package dev.designassistant.bench;

import dev.designassistant.it.ServiceProcess;

import java.time.Duration;
import java.util.Map;

/**
 * B: briefs arriving at a fixed rate against a mock LLM that takes 1 s, each posted with {@code Prefer: wait} so
 * one HTTP answer is the whole brief; at 1,000/s about 1,000 briefs are in flight at any time.
 */
final class ConcurrentBriefs {

    private final Results results;
    private final MockLlmServer mock;
    private final ServiceProcess service;

    ConcurrentBriefs(Results results, MockLlmServer mock, ServiceProcess service) {
        this.results = results;
        this.mock = mock;
        this.service = service;
    }

    /**
     * One open-loop run at the rate; {@code judged}: the issue's scenario (targets, RSS), else an information row
     * showing what the service carries when the machine's CPU is not the limit.
     */
    void measure(String brief, int rate, int seconds, boolean judged) throws Exception {
        mock.latency(1000);
        Map<String, String> prefer = Map.of("Prefer", "wait=60", "Authorization", ServiceProcess.AUTHORIZATION);
        try (OpenLoopDriver driver = new OpenLoopDriver(rate * 4)) {
            driver.run(service.port(), "/api/briefs", prefer, brief, rate, Duration.ofSeconds(1), Duration.ofSeconds(60));
            String load = Machine.loadAverage();
            mock.resetCounters();
            double cpuBefore = service.cpuSeconds();
            double harnessBefore = Machine.ownCpuSeconds();
            OpenLoopDriver.Run run = driver.run(service.port(), "/api/briefs", prefer, brief, rate,
                    Duration.ofSeconds(seconds), Duration.ofSeconds(60));
            String note = String.format("%d briefs at %d/s, %d LLM calls held at once by the mock, load %s",
                    run.scheduled(), rate, mock.maxInFlight(), load);
            double cpu = service.cpuSeconds() - cpuBefore;
            double harness = Machine.ownCpuSeconds() - harnessBefore;
            String scenario = judged ? "B" : "B@" + rate;
            String cpuNote = String.format("%.1f CPU s in all; the mock + driver used %.1f CPU s; %d cores", cpu, harness,
                    Runtime.getRuntime().availableProcessors());
            String errors = run.errorKinds().isEmpty() ? "" : run.errorKinds().toString();
            double percent = run.throughput() / rate * 100;
            if (!judged) {
                results.info(scenario, "completed briefs/s as % of " + rate + "/s", percent, "%",
                        String.format("%d errors %s, p99 %.0f ms, CPU per brief %.2f ms; %s", run.errors(), errors,
                                run.p(99), cpu * 1000 / run.scheduled(), note));
                return;
            }
            results.info(scenario, "service CPU per brief", cpu * 1000 / run.scheduled(), "ms", cpuNote);
            results.atLeast(scenario, "completed briefs/s as % of ideal (" + rate + "/s)", percent, "%", 90, note);
            results.atMost(scenario, "errors", run.errors(), "", 0, errors);
            results.info(scenario, "end-to-end p50", run.p(50), "ms", "from the scheduled send time; LLM alone: 1000 ms");
            results.info(scenario, "end-to-end p99", run.p(99), "ms", "max " + Results.number(run.p(100)) + " ms");
            results.atMost("D", "RSS at the end of B", service.rssMegabytes(), "MB", 600, "");
        } finally {
            mock.latency(0);
        }
    }
}
