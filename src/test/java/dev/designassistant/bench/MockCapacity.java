package dev.designassistant.bench;

import java.time.Duration;
import java.util.Map;

/**
 * The mock and the driver alone, at three times the load the service is measured at: if they cannot carry it,
 * a shortfall in scenario B may be theirs and not the service's, and the table says so.
 */
final class MockCapacity {

    static final String REQUEST = """
            {"model":"gpt-4o-mini","messages":[{"role":"user","content":"Design a retry strategy for card charges"}]}""";

    private final Results results;
    private final MockLlmServer mock;

    MockCapacity(Results results, MockLlmServer mock) {
        this.results = results;
        this.mock = mock;
    }

    void measure(int rate, int seconds) throws Exception {
        mock.latency(1000);
        String load = Machine.loadAverage();
        try (OpenLoopDriver driver = new OpenLoopDriver(rate * 3)) {
            driver.run(mock.port(), "/v1/chat/completions", Map.of(), REQUEST, rate, Duration.ofSeconds(1),
                    Duration.ofSeconds(10));
            mock.resetCounters();
            OpenLoopDriver.Run run = driver.run(mock.port(), "/v1/chat/completions", Map.of(), REQUEST, rate,
                    Duration.ofSeconds(seconds), Duration.ofSeconds(10));
            double fraction = run.throughput() / rate;
            String note = String.format("driver → mock directly at %d/s for %d s, 1 s latency, %d held at once, "
                            + "%d errors, p99 %.0f ms, load %s", rate, seconds, mock.maxInFlight(), run.errors(),
                    run.p(99), load);
            results.atLeast("mock", "mock + driver capacity at 3× B's rate", fraction * 100, "% of ideal", 95, note);
            if (fraction < 0.95 || run.errors() > 0) {
                results.note("The mock and driver could not carry 3× the load of B on this machine: "
                        + "B's figures are bounded by the harness, not only the service.");
            }
        } finally {
            mock.latency(0);
        }
    }
}
