package dev.designassistant.llm;

import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient.Version;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;

/**
 * langchain4j's HTTP client for one model, on the JDK client like langchain4j's own, except that an error response
 * keeps its {@code Retry-After} header (see {@link UpstreamHttpException}). Streaming goes to langchain4j's JDK
 * client unchanged. Every response body has the API keys masked before anyone sees it: error bodies become exception
 * messages, which Resilience4j and langchain4j log, and a misbehaving upstream may echo the key. Nothing here logs.
 */
final class UpstreamHttpClient implements HttpClient {

    private final java.net.http.HttpClient jdk;
    private final Duration readTimeout;
    private final Clock clock;
    private final SecretRedactor redactor;
    private final HttpClient streaming;

    UpstreamHttpClient(Duration connectTimeout, Duration readTimeout, Clock clock, SecretRedactor redactor) {
        this.jdk = java.net.http.HttpClient.newBuilder()
                .version(Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .build();
        this.readTimeout = readTimeout;
        this.clock = clock;
        this.redactor = redactor;
        this.streaming = JdkHttpClient.builder()
                .httpClientBuilder(java.net.http.HttpClient.newBuilder().version(Version.HTTP_1_1))
                .connectTimeout(connectTimeout)
                .readTimeout(readTimeout)
                .build();
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        try {
            HttpResponse<String> response = jdk.send(toJdk(request), HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            String body = redactor.redact(response.body());
            if (status < 200 || status > 299) {
                throw new UpstreamHttpException(status, body,
                        RetryAfterHeader.parse(response.headers().firstValue("Retry-After"), clock));
            }
            return SuccessfulHttpResponse.builder()
                    .statusCode(status)
                    .headers(response.headers().map())
                    .body(body)
                    .build();
        } catch (HttpTimeoutException e) {
            throw new TimeoutException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new InterruptedIOException("the call was abandoned"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        streaming.execute(request, parser, listener);
    }

    private java.net.http.HttpRequest toJdk(HttpRequest request) {
        java.net.http.HttpRequest.Builder builder = java.net.http.HttpRequest.newBuilder()
                .uri(URI.create(request.url()))
                .timeout(readTimeout);
        request.headers().forEach((name, values) -> {
            if (values != null) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        java.net.http.HttpRequest.BodyPublisher body = request.body() == null
                ? java.net.http.HttpRequest.BodyPublishers.noBody()
                : java.net.http.HttpRequest.BodyPublishers.ofString(request.body());
        return builder.method(request.method().name(), body).build();
    }
}
