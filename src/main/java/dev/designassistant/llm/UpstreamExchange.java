package dev.designassistant.llm;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.RequestOptions;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One request to the upstream on the Vert.x client. It is made, answered and read on the model's event loop; the
 * calling virtual thread only parks on the reply, so a call costs two hand-offs: to the event loop and back.
 * A caller that stops waiting resets the request: on HTTP/1.1 that closes its connection, which would otherwise stay
 * busy in the pool with an answer nobody reads.
 */
final class UpstreamExchange {

    private final CompletableFuture<UpstreamReply> reply = new CompletableFuture<>();
    private final AtomicReference<HttpClientRequest> request = new AtomicReference<>();
    private volatile boolean abandoned;

    private UpstreamExchange() {
    }

    /** Starts the request on the upstream's event loop; {@code body} is null for none. */
    static UpstreamExchange start(UpstreamConnections.Upstream upstream, RequestOptions options, Buffer body) {
        UpstreamExchange exchange = new UpstreamExchange();
        try {
            upstream.loop().runOnContext(ignored -> exchange.run(upstream.client(), options, body));
        } catch (RuntimeException e) {
            // the event loop is shut down: the application is stopping
            exchange.reply.completeExceptionally(e);
        }
        return exchange;
    }

    /**
     * Waits for the whole response. Interrupted, it abandons the exchange before it throws, so the caller's time
     * limit frees the connection too.
     *
     * @throws ExecutionException whose cause is the Vert.x or Netty failure of the exchange
     */
    UpstreamReply await() throws InterruptedException, ExecutionException {
        try {
            return reply.get();
        } catch (InterruptedException e) {
            abandon();
            throw e;
        }
    }

    /** Resets the request if it has one, or has it reset as soon as the client hands it over. */
    void abandon() {
        abandoned = true;
        HttpClientRequest sent = request.get();
        if (sent != null) {
            sent.reset();
        }
    }

    /** On the event loop: the request, its answer and its body, each step when the previous one is done. */
    private void run(HttpClient client, RequestOptions options, Buffer body) {
        if (abandoned) {
            reply.completeExceptionally(new IllegalStateException("the call was abandoned before it started"));
            return;
        }
        try {
            client.request(options)
                    .compose(request -> send(request, body))
                    .compose(UpstreamExchange::read)
                    .onComplete(result -> {
                        if (result.succeeded()) {
                            reply.complete(result.result());
                        } else {
                            reply.completeExceptionally(result.cause());
                        }
                    });
        } catch (RuntimeException e) {
            // a closed client throws rather than failing the future: report it the same way as any other failure
            reply.completeExceptionally(e);
        }
    }

    private Future<HttpClientResponse> send(HttpClientRequest sent, Buffer body) {
        request.set(sent);
        // the caller may have given up while the pool found a connection; abandon() could not reset it then
        if (abandoned) {
            sent.reset();
            return Future.failedFuture("the call was abandoned before it was sent");
        }
        return body == null ? sent.send() : sent.send(body);
    }

    /** The whole body, as UTF-8: the only encoding of JSON (RFC 8259), which is all an OpenAI-compatible API sends. */
    private static Future<UpstreamReply> read(HttpClientResponse response) {
        return response.body().map(body -> new UpstreamReply(response.statusCode(), headers(response.headers()),
                body.toString(StandardCharsets.UTF_8)));
    }

    private static Map<String, List<String>> headers(MultiMap headers) {
        Map<String, List<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String name : headers.names()) {
            map.put(name, List.copyOf(headers.getAll(name)));
        }
        return Collections.unmodifiableMap(map);
    }
}
