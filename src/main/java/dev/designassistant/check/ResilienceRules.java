package dev.designassistant.check;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.designassistant.check.CheckSeverity.INFO;
import static dev.designassistant.check.CheckSeverity.RISK;
import static dev.designassistant.check.CheckSeverity.WARNING;
import static dev.designassistant.check.Clauses.when;
import static dev.designassistant.check.Figure.Kind.DURATION;
import static dev.designassistant.check.Figure.Kind.PERCENT;
import static dev.designassistant.check.Figure.Kind.RATE;

/** Checks of circuit breakers (5.1), bulkheads (5.2) and a combined resilience stack (5.4). */
final class ResilienceRules {

    private static final String CB = "circuit-breaker-config";
    private static final String BH = "bulkhead-design";
    private static final String RS = "resilience-stack";
    /** Resilience4j's default minimumNumberOfCalls. */
    private static final int MINIMUM_CALLS = 100;

    private ResilienceRules() {
    }

    static List<DesignRule> rules() {
        return List.of(
                DesignRule.of("cb-slow-threshold-below-normal", CB, RISK,
                        List.of("slowCallThreshold", "normalResponseTime"),
                        "Calls slower than the threshold count as failures: a threshold inside the normal range "
                                + "opens the breaker in normal traffic.", b -> slowThreshold(b, true)),
                DesignRule.of("cb-slow-threshold-tight", CB, WARNING, List.of("slowCallThreshold", "normalResponseTime"),
                        "With less than twice the normal tail as headroom, a modest slowdown of the dependency "
                                + "opens the breaker.", b -> slowThreshold(b, false)),
                DesignRule.of("cb-volume-below-minimum-calls", CB, WARNING, List.of("requestVolume"),
                        "The breaker evaluates its failure rate only once the window holds the minimum number of "
                                + "calls; at low volume it stays closed through an outage.", ResilienceRules::lowVolume),
                DesignRule.of("cb-failure-rate-spikes", CB, INFO, List.of("failureRate"),
                        "Known failure episodes decide the failure-rate threshold: below their rate the breaker "
                                + "opens in every episode, above it never.", ResilienceRules::failureSpikes),
                DesignRule.of("cb-baseline-failure-above-threshold", CB, RISK, List.of("failureRate"),
                        "A normal failure rate at or above the threshold keeps the breaker open for good.",
                        b -> Figures.min(b.text("failureRate"), PERCENT).filter(p -> p >= 50).map(p -> "The normal "
                                + "failure rate of " + Figures.plain(p) + "% is at or above the default failure-rate "
                                + "threshold of 50%: the breaker would open in normal traffic.")),
                DesignRule.of("bulkhead-connections-below-threads", BH, WARNING,
                        List.of("connectionPoolSize", "threadPoolSize"),
                        "Threads beyond the connection pool wait for a connection instead of failing fast, which "
                                + "defeats the isolation the bulkhead is for.", ResilienceRules::connectionsBelowThreads),
                DesignRule.of("bulkhead-slow-low-criticality-service", BH, WARNING, List.of("downstreamServices"),
                        "A slow, less critical dependency holds threads for seconds; without its own small pool and "
                                + "a timeout it starves the critical ones.", ResilienceRules::slowLowCriticality),
                DesignRule.of("bulkhead-thin-shares", BH, WARNING, List.of("threadPoolSize", "downstreamServices"),
                        "Pools of a few threads each reject calls at the first latency spike; merge the less "
                                + "critical services into a shared pool or grow the pool.", ResilienceRules::thinShares),
                DesignRule.of("bulkhead-unreliable-critical-service", BH, RISK, List.of("downstreamServices"),
                        "A high-criticality dependency that fails this often needs a fallback and its own pool; "
                                + "isolation alone does not keep its callers working.", ResilienceRules::unreliableCritical),
                DesignRule.of("resilience-tail-latency", RS, INFO, List.of("averageLatency"),
                        "Timeouts set from the average cut off the normal tail; they must come from the high "
                                + "percentiles, with retries inside the caller's budget.", ResilienceRules::tailLatency),
                DesignRule.of("resilience-low-availability", RS, WARNING, List.of("availability"),
                        "Below 99.9% the dependency's own failures are routine: the stack needs a fallback, not "
                                + "only retries.", b -> Figures.first(b.text("availability"), PERCENT)
                                .filter(p -> p.value() < 99.9).map(p -> "An availability of " + p.text() + " allows "
                                        + Figures.duration((100 - p.value()) / 100 * 30 * 86_400_000d)
                                        + " of failures a month.")),
                DesignRule.of("resilience-retries-against-rate-limit", RS, INFO, List.of("rateLimits"),
                        "Retries are requests too: they count against the provider's limit, so the rate limiter "
                                + "must sit outside the retry and leave room for them.",
                        b -> Figures.first(b.text("rateLimits"), RATE).map(r -> "Every retry counts against the "
                                + "provider's limit of " + r.text() + ".")));
    }

    private static Optional<String> slowThreshold(BriefValues b, boolean belowNormal) {
        Optional<Double> threshold = Figures.min(b.text("slowCallThreshold"), DURATION);
        Optional<Figure> tail = Figures.read(b.text("normalResponseTime"), DURATION).stream()
                .max((x, y) -> Double.compare(x.upper(), y.upper()));
        if (threshold.isEmpty() || tail.isEmpty()) {
            return Optional.empty();
        }
        double t = threshold.get();
        double normal = tail.get().upper();
        String described = Figures.duration(normal) + (tail.get().percentile().isEmpty() ? ""
                : " " + tail.get().percentile());
        if (belowNormal) {
            return when(t <= normal, () -> "The slow-call threshold of " + Figures.duration(t) + " is at or below the "
                    + "normal response time's " + described + ": normal calls count as slow.");
        }
        return when(t > normal && t < 2 * normal, () -> "The slow-call threshold of " + Figures.duration(t)
                + " is less than twice the normal " + described + ".");
    }

    private static Optional<String> lowVolume(BriefValues b) {
        return Figures.first(b.text("requestVolume"), RATE).filter(r -> r.value() * 60 < MINIMUM_CALLS)
                .map(r -> "At " + r.text() + " (" + Figures.plain(r.value() * 60) + " calls a minute) a one-minute "
                        + "window holds fewer calls than the default minimum number of calls (" + MINIMUM_CALLS + ").");
    }

    private static Optional<String> failureSpikes(BriefValues b) {
        List<Figure> rates = Figures.read(b.text("failureRate"), PERCENT);
        if (rates.size() < 2) {
            return Optional.empty();
        }
        double low = rates.stream().mapToDouble(Figure::value).min().orElseThrow();
        double high = rates.stream().mapToDouble(Figure::upper).max().orElseThrow();
        return when(high >= 10 && high > low, () -> "The failure rate rises from " + Figures.plain(low) + "% to "
                + Figures.plain(high) + "% in known episodes: decide whether a " + Figures.plain(high)
                + "% episode should open the breaker.");
    }

    private static Optional<String> connectionsBelowThreads(BriefValues b) {
        Optional<Double> threads = b.number("threadPoolSize");
        Optional<Double> connections = b.number("connectionPoolSize");
        return when(threads.isPresent() && connections.isPresent() && connections.get() < threads.get(),
                () -> "The connection pool (" + Figures.plain(connections.get()) + ") is smaller than the thread pool ("
                        + Figures.plain(threads.get()) + ") it feeds: " + Figures.plain(threads.get() - connections.get())
                        + " threads can only wait for a connection.");
    }

    private static Optional<String> slowLowCriticality(BriefValues b) {
        List<String> slow = b.objects("downstreamServices").stream()
                .filter(s -> !"high".equals(BriefValues.field(s, "criticality")))
                .filter(s -> Figures.max(String.valueOf(s.get("responseTime")), DURATION).orElse(0d) >= 1_000)
                .map(s -> s.get("name") + " (" + BriefValues.field(s, "criticality") + " criticality, up to "
                        + Figures.duration(Figures.max(String.valueOf(s.get("responseTime")), DURATION).orElseThrow())
                        + ")").toList();
        return when(!slow.isEmpty(), () -> Clauses.listed(slow) + (slow.size() == 1 ? " holds" : " hold")
                + " a thread per call for a second or more.");
    }

    private static Optional<String> thinShares(BriefValues b) {
        int services = b.objects("downstreamServices").size();
        Optional<Double> threads = b.number("threadPoolSize");
        return when(services > 0 && threads.isPresent() && threads.get() / services < 10,
                () -> Figures.plain(threads.get()) + " threads over " + services + " services leave "
                        + Figures.plain(Math.floor(threads.get() / services)) + " per service.");
    }

    private static Optional<String> unreliableCritical(BriefValues b) {
        List<String> weak = b.objects("downstreamServices").stream()
                .filter(s -> "high".equals(BriefValues.field(s, "criticality")))
                .filter(s -> Figures.first(String.valueOf(s.get("reliability")), PERCENT)
                        .map(p -> p.value() < 99.9).orElse(false))
                .map(ResilienceRules::nameWithReliability).toList();
        return when(!weak.isEmpty(), () -> "High-criticality " + Clauses.listed(weak) + " below 99.9% success.");
    }

    private static String nameWithReliability(Map<String, Object> service) {
        return service.get("name") + " succeeds "
                + Figures.first(String.valueOf(service.get("reliability")), PERCENT).orElseThrow().text();
    }

    private static Optional<String> tailLatency(BriefValues b) {
        List<Figure> latencies = Figures.read(b.text("averageLatency"), DURATION);
        if (latencies.size() < 2) {
            return Optional.empty();
        }
        double typical = latencies.get(0).value();
        double tail = latencies.stream().mapToDouble(Figure::upper).max().orElseThrow();
        return when(tail >= 3 * typical, () -> "The tail (" + Figures.duration(tail) + ") is "
                + Figures.plain(tail / typical) + " times the typical latency (" + Figures.duration(typical) + ").");
    }
}
