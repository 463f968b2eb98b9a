package dev.designassistant.llm;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.tracing.TracingPolicy;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The models' Vert.x HTTP clients, on Quarkus's own Vert.x so upstream calls run on the event loops that already
 * serve the API. One client per model, so each model has a connection pool as large as its bulkhead: every call the
 * bulkhead lets through gets a connection without queueing. Closed with the application.
 */
@ApplicationScoped
public class UpstreamConnections {

    // the JDK client's default: idle connections go before the upstream (or a proxy in front of it) drops them itself
    private static final int KEEP_ALIVE_SECONDS = 30;

    private final Vertx vertx;
    private final int poolSize;
    private final Queue<HttpClient> open = new ConcurrentLinkedQueue<>();

    public UpstreamConnections(Vertx vertx, LlmConfig config) {
        this.vertx = vertx;
        this.poolSize = Math.max(1, config.bulkhead().maxConcurrentCalls());
    }

    /** A client and event loop of its own for one model; its pool is as large as the bulkhead. */
    Upstream open(Duration connectTimeout) {
        return open(options(connectTimeout), connection -> { });
    }

    /** The same, with these options and a look at each new connection (tests add trust, count connections). */
    Upstream open(HttpClientOptions options, Consumer<HttpConnection> onConnection) {
        HttpClient client = vertx.httpClientBuilder()
                .with(options)
                // a call waits in the queue only while a connection opens or a reset one closes; the bulkhead bounds
                // the rest
                .with(new PoolOptions().setHttp1MaxSize(poolSize).setMaxWaitQueueSize(poolSize))
                .withConnectHandler(connection -> {
                    // a connection's failure (reset, closed mid-answer) also fails its request, which the pipeline
                    // reports; unhandled, Vert.x would log each one again at ERROR
                    connection.exceptionHandler(failure -> { });
                    onConnection.accept(connection);
                })
                .build();
        open.add(client);
        // one event loop per model: Vert.x binds a connection to the loop that opened it and answers a request on the
        // loop it was made from, so requests each made from a fresh context (every caller is a new virtual thread)
        // would mostly be answered through a second loop. One loop carries thousands of upstream calls a second.
        return new Upstream(client, newEventLoopContext());
    }

    /**
     * A new event-loop context, whichever thread opens the client: Vert.x gives a thread that has no context of its
     * own a new event-loop context ({@link Vertx#getOrCreateContext()}), so it is asked from a fresh thread (the
     * caller may be on an event loop or a worker, whose own context this would otherwise return).
     */
    private Context newEventLoopContext() {
        AtomicReference<Context> created = new AtomicReference<>();
        try {
            Thread.ofVirtual().name("llm-upstream-context").start(() -> created.set(vertx.getOrCreateContext())).join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while opening the LLM's HTTP client", e);
        }
        return created.get();
    }

    /** A model's Vert.x client and the event-loop context its requests are made and answered on. */
    record Upstream(HttpClient client, Context loop) {
    }

    /**
     * HTTP/1.1 only, as with the JDK client before: one call per connection (no pipelining, so a slow answer never
     * holds up another), kept alive between calls. TLS is chosen per request from the URL's scheme, checked
     * against the JVM's default trust store with host name verification; no ALPN, since only HTTP/1.1 is offered.
     */
    static HttpClientOptions options(Duration connectTimeout) {
        return new HttpClientOptions()
                .setProtocolVersion(HttpVersion.HTTP_1_1)
                .setUseAlpn(false)
                .setVerifyHost(true)
                .setKeepAlive(true)
                .setKeepAliveTimeout(KEEP_ALIVE_SECONDS)
                .setPipelining(false)
                .setDecompressionSupported(false)
                .setConnectTimeout(Math.toIntExact(Math.max(1, connectTimeout.toMillis())))
                .setName("llm-upstream")
                // the gateway traces each attempt itself (ModelCallSpan), as a child of the model call's span;
                // Vert.x's own client spans would start traces of their own on the model's event loop
                .setTracingPolicy(TracingPolicy.IGNORE);
    }

    @PreDestroy
    void close() {
        // closing resets what is still in flight; Vert.x finishes it on the event loop, nothing to wait for here
        HttpClient client;
        while ((client = open.poll()) != null) {
            client.close();
        }
    }
}
