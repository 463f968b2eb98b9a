package dev.designassistant.bench;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An open-loop load driver: requests leave at a fixed arrival rate whatever the answers do (no closed loop that
 * would slow down with the server and hide its queueing), and each latency is measured from the request's
 * <em>scheduled</em> send time, so a stalled driver or server cannot hide delay (no coordinated omission).
 */
final class OpenLoopDriver implements AutoCloseable {

    private final Vertx vertx;
    private final HttpClient client;

    OpenLoopDriver(int maxConnections) {
        this.vertx = Vertx.vertx();
        this.client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setTcpNoDelay(true)
                        .setConnectTimeout(10_000),
                new PoolOptions().setHttp1MaxSize(maxConnections));
    }

    /** What one run measured. Latencies in microseconds from the scheduled send time. */
    record Run(long scheduled, long ok, long errors, Map<String, Long> errorKinds, Histogram latencyMicros,
               double firstCompletionSeconds, double lastCompletionSeconds, double arrivalSeconds) {

        /** Successful answers per second over the span in which answers came back. */
        double throughput() {
            double span = lastCompletionSeconds - firstCompletionSeconds;
            return ok <= 1 || span <= 0 ? ok : ok / (span + arrivalSeconds / scheduled);
        }

        double p(double percentile) {
            return latencyMicros.getValueAtPercentile(percentile) / 1000.0;
        }
    }

    /** Sends {@code rate × duration} POSTs of the body to host:port/path at a fixed rate; waits for every answer. */
    Run run(int port, String path, Map<String, String> headers, String body, int rate, Duration duration,
            Duration timeout) throws Exception {
        long total = rate * duration.toMillis() / 1000;
        double intervalNanos = 1e9 / rate;
        Buffer payload = Buffer.buffer(body);
        MultiMap requestHeaders = MultiMap.caseInsensitiveMultiMap().add("Content-Type", "application/json");
        headers.forEach(requestHeaders::add);
        Histogram latencies = new ConcurrentHistogram(3);
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong done = new AtomicLong();
        AtomicLong first = new AtomicLong(Long.MAX_VALUE);
        AtomicLong last = new AtomicLong();
        Map<String, Long> kinds = new ConcurrentHashMap<>();
        CompletableFuture<Void> finished = new CompletableFuture<>();
        long start = System.nanoTime();
        AtomicLong sent = new AtomicLong();
        vertx.setPeriodic(1, timer -> {
            long due = Math.min(total, (long) ((System.nanoTime() - start) / intervalNanos) + 1);
            while (sent.get() < due) {
                long scheduledAt = start + (long) (sent.getAndIncrement() * intervalNanos);
                RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setHost("127.0.0.1")
                        .setPort(port).setURI(path).setHeaders(requestHeaders).setIdleTimeout(timeout.toMillis());
                client.request(options)
                        .compose(request -> request.send(payload))
                        .compose(response -> response.body().map(b -> response.statusCode()))
                        .onComplete(result -> {
                            long end = System.nanoTime();
                            latencies.recordValue(Math.max(0, (end - scheduledAt) / 1000));
                            first.accumulateAndGet(end, Math::min);
                            last.accumulateAndGet(end, Math::max);
                            if (result.succeeded() && result.result() / 100 == 2) {
                                ok.incrementAndGet();
                            } else {
                                errors.incrementAndGet();
                                String kind = result.succeeded() ? "HTTP " + result.result()
                                        : result.cause().getClass().getSimpleName();
                                kinds.merge(kind, 1L, Long::sum);
                            }
                            if (done.incrementAndGet() == total) {
                                finished.complete(null);
                            }
                        });
            }
            if (sent.get() >= total) {
                vertx.cancelTimer(timer);
            }
        });
        Duration wait = duration.plus(timeout).plusSeconds(30);
        try {
            finished.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // a service that fell far behind: what is still unanswered counts as errors, the run still has figures
            long unanswered = total - done.get();
            kinds.merge("no answer within " + wait.toSeconds() + " s", unanswered, Long::sum);
            errors.addAndGet(unanswered);
        }
        return new Run(total, ok.get(), errors.get(), new TreeMap<>(kinds), latencies,
                (first.get() - start) / 1e9, (last.get() - start) / 1e9, duration.toMillis() / 1000.0);
    }

    @Override
    public void close() throws Exception {
        client.close();
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
