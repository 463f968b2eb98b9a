package dev.designassistant.llm;

import dev.designassistant.trace.GenAi;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import io.netty.channel.ConnectTimeoutException;
import io.opentelemetry.api.trace.Span;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient.Version;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutionException;

/**
 * langchain4j's HTTP client for one model. A chat call goes out on the model's Vert.x client (see
 * {@link UpstreamConnections}): the response is read on the event loop and the calling virtual thread just waits,
 * where the JDK client cost a selector thread and a worker hand-off per call. An error response keeps its
 * {@code Retry-After} header (see {@link UpstreamHttpException}). Streaming goes to langchain4j's JDK client
 * unchanged. Every response body has the API keys masked before anyone sees it: error bodies become exception
 * messages, which Resilience4j and langchain4j log, and a misbehaving upstream may echo the key. Nothing here logs.
 */
final class UpstreamHttpClient implements HttpClient {

    private final UpstreamConnections.Upstream upstream;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Clock clock;
    private final SecretRedactor redactor;
    private HttpClient streaming; // built on first use: the service itself never streams

    UpstreamHttpClient(UpstreamConnections.Upstream upstream, Duration connectTimeout, Duration readTimeout,
                       Clock clock, SecretRedactor redactor) {
        this.upstream = upstream;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.clock = clock;
        this.redactor = redactor;
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        if (Thread.currentThread().isInterrupted()) {
            // the time limit ran out before the call started: nobody waits for an answer, so ask for none
            throw abandoned();
        }
        UpstreamReply reply;
        try {
            reply = UpstreamExchange.start(upstream, options(request), body(request)).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw abandoned();
        } catch (ExecutionException e) {
            throw transportFailure(e.getCause());
        }
        // the status on the attempt's span (ModelCallSpan), when tracing is on
        Span.current().setAttribute(GenAi.HTTP_STATUS, (long) reply.status());
        String body = redactor.redact(reply.body());
        if (!reply.successful()) {
            throw new UpstreamHttpException(reply.status(), body,
                    RetryAfterHeader.parse(reply.firstHeader("Retry-After"), clock));
        }
        return SuccessfulHttpResponse.builder()
                .statusCode(reply.status())
                .headers(reply.headers())
                .body(body)
                .build();
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        streaming().execute(request, parser, listener);
    }

    /**
     * langchain4j's JDK client for streamed answers, made when one is first asked for: a JDK client starts a selector
     * thread of its own, which a service that never streams (this one) would carry for every model for nothing.
     */
    private synchronized HttpClient streaming() {
        if (streaming == null) {
            streaming = JdkHttpClient.builder()
                    .httpClientBuilder(java.net.http.HttpClient.newBuilder().version(Version.HTTP_1_1))
                    .connectTimeout(connectTimeout)
                    .readTimeout(readTimeout)
                    .build();
        }
        return streaming;
    }

    /**
     * The exception langchain4j's JDK client threw for the same failure, so that {@link FailureClassifier} classifies
     * it as before: a timeout (connecting, or no data within the read timeout) as langchain4j's timeout, anything
     * else at the transport (refused, reset, closed mid-answer, garbled, TLS) as an I/O failure.
     */
    static RuntimeException transportFailure(Throwable failure) {
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure instanceof java.util.concurrent.TimeoutException || failure instanceof ConnectTimeoutException) {
            return new TimeoutException(failure);
        }
        if (failure instanceof IOException io) {
            return new UncheckedIOException(io);
        }
        // Vert.x reports a connection closed before the answer ended, or an unparsable one, as a VertxException
        return new UncheckedIOException(new IOException(failure.getMessage(), failure));
    }

    private static UncheckedIOException abandoned() {
        return new UncheckedIOException(new InterruptedIOException("the call was abandoned"));
    }

    private RequestOptions options(HttpRequest request) {
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.valueOf(request.method().name()))
                .setAbsoluteURI(request.url()) // its scheme decides TLS, its host and port the connection pool
                .setFollowRedirects(false)
                // getting a connection, whether pooled or new, within the connect timeout; then no silence longer
                // than the read timeout. A body that trickles on is cut by the pipeline's time limit instead.
                .setConnectTimeout(connectTimeout.toMillis())
                .setIdleTimeout(readTimeout.toMillis());
        request.headers().forEach((name, values) -> {
            if (values != null) {
                values.forEach(value -> options.addHeader(name, value));
            }
        });
        return options;
    }

    private static Buffer body(HttpRequest request) {
        return request.body() == null ? null : Buffer.buffer(request.body());
    }
}
