package dev.designassistant.bench;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An OpenAI-compatible {@code POST /v1/chat/completions} for benchmarks: every answer waits a fixed latency on a
 * Vert.x timer (no thread per request, so thousands of delayed answers cost only their sockets), then answers with
 * a fixed completion, or with server-sent-event chunks when the request asks for {@code "stream": true}.
 * Run alone: {@code java -cp ... dev.designassistant.bench.MockLlmServer [port] [latencyMillis]}.
 */
public final class MockLlmServer implements AutoCloseable {

    static final String ANSWER = "Mock answer: use a saga with compensations; an outbox for the events; idempotent "
            + "consumers keyed by message id; a circuit breaker and retries with jittered back-off on the payment call.";
    private static final Buffer COMPLETION = Buffer.buffer("""
            {"id":"chatcmpl-bench","object":"chat.completion","created":1700000000,"model":"bench-model",\
            "choices":[{"index":0,"message":{"role":"assistant","content":"%s"},"finish_reason":"stop"}],\
            "usage":{"prompt_tokens":200,"completion_tokens":40,"total_tokens":240}}""".formatted(ANSWER));
    /** A code review's answer: one finding in the findings schema the service asks for. */
    private static final Buffer REVIEW = Buffer.buffer("{\"id\":\"chatcmpl-bench-review\",\"object\":\"chat.completion\","
            + "\"created\":1700000000,\"model\":\"bench-model\",\"choices\":[{\"index\":0,\"message\":{\"role\":"
            + "\"assistant\",\"content\":\"{\\\"findings\\\": [{\\\"severity\\\": \\\"minor\\\", \\\"title\\\": "
            + "\\\"Mock finding\\\", \\\"explanation\\\": \\\"A mock reply.\\\", \\\"suggestedFix\\\": \\\"None.\\\", "
            + "\\\"checklistItem\\\": \\\"Race conditions\\\"}]}\"},\"finish_reason\":\"stop\"}],"
            + "\"usage\":{\"prompt_tokens\":200,\"completion_tokens\":40,\"total_tokens\":240}}");
    private static final String CHUNK = """
            data: {"id":"chatcmpl-bench","object":"chat.completion.chunk","created":1700000000,"model":"bench-model",\
            "choices":[{"index":0,"delta":{"content":"%s"},"finish_reason":null}]}

            """;
    private static final String LAST_CHUNK = """
            data: {"id":"chatcmpl-bench","object":"chat.completion.chunk","created":1700000000,"model":"bench-model",\
            "choices":[{"index":0,"delta":{},"finish_reason":"stop"}],\
            "usage":{"prompt_tokens":200,"completion_tokens":40,"total_tokens":240}}

            data: [DONE]

            """;

    private final Vertx vertx;
    private final HttpServer server;
    private volatile long latencyMillis;
    private volatile long chunkGapMillis;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong inFlight = new AtomicLong();
    private final AtomicLong maxInFlight = new AtomicLong();

    private MockLlmServer(Vertx vertx, HttpServer server) {
        this.vertx = vertx;
        this.server = server;
    }

    /** Starts the mock on a free port (0) or the given one, on its own Vert.x event loops. */
    public static MockLlmServer start(int port, long latencyMillis, int eventLoops) throws Exception {
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(eventLoops).setPreferNativeTransport(true));
        HttpServer server = vertx.createHttpServer(new HttpServerOptions()
                .setHost("127.0.0.1").setPort(port).setAcceptBacklog(8192).setTcpNoDelay(true));
        MockLlmServer mock = new MockLlmServer(vertx, server);
        mock.latencyMillis = latencyMillis;
        server.requestHandler(mock::handle);
        server.listen().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        return mock;
    }

    public int port() {
        return server.actualPort();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port() + "/v1";
    }

    /** Fixed latency before each answer (the first chunk when streaming). */
    public void latency(long millis) {
        this.latencyMillis = millis;
    }

    /** Pause between streamed chunks. */
    public void chunkGap(long millis) {
        this.chunkGapMillis = millis;
    }

    public long requests() {
        return requests.get();
    }

    /** Most answers held at once since the last reset. */
    public long maxInFlight() {
        return maxInFlight.get();
    }

    public void resetCounters() {
        requests.set(0);
        maxInFlight.set(inFlight.get());
    }

    private void handle(HttpServerRequest request) {
        if (!request.path().endsWith("/chat/completions")) {
            request.response().setStatusCode(404).end();
            return;
        }
        request.body().onSuccess(body -> {
            requests.incrementAndGet();
            long now = inFlight.incrementAndGet();
            maxInFlight.accumulateAndGet(now, Math::max);
            boolean stream = body.toString().replace(" ", "").contains("\"stream\":true");
            later(latencyMillis, () -> {
                if (stream) {
                    stream(request.response());
                } else {
                    request.response().putHeader("Content-Type", "application/json")
                            .end(body.toString().contains("checklistItem") ? REVIEW : COMPLETION);
                    inFlight.decrementAndGet();
                }
            });
        });
    }

    private void stream(HttpServerResponse response) {
        response.setChunked(true).putHeader("Content-Type", "text/event-stream");
        List<String> words = new ArrayList<>(List.of(ANSWER.split(" ")));
        sendChunks(response, words, 0);
    }

    private void sendChunks(HttpServerResponse response, List<String> words, int next) {
        if (next == words.size()) {
            response.end(LAST_CHUNK);
            inFlight.decrementAndGet();
            return;
        }
        response.write(CHUNK.formatted((next == 0 ? "" : " ") + words.get(next)));
        later(chunkGapMillis, () -> sendChunks(response, words, next + 1));
    }

    private void later(long millis, Runnable action) {
        if (millis <= 0) {
            action.run();
        } else {
            vertx.setTimer(millis, id -> action.run());
        }
    }

    @Override
    public void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8089;
        long latency = args.length > 1 ? Long.parseLong(args[1]) : 1000;
        MockLlmServer mock = start(port, latency, Runtime.getRuntime().availableProcessors());
        System.out.println("Mock LLM on " + mock.baseUrl() + " latency " + latency + " ms; Ctrl-C to stop");
        Thread.currentThread().join();
    }
}
