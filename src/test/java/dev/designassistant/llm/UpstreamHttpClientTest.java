package dev.designassistant.llm;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.langchain4j.http.client.HttpMethod;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClosedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import javax.net.ssl.SSLException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

/**
 * The non-streaming path on the Vert.x client against a WireMock upstream, without Quarkus: what comes back, what is
 * thrown for each transport failure (classified as with the JDK client before), connection reuse, and an interrupted
 * call freeing its connection.
 */
class UpstreamHttpClientTest {

    private static final String KEY = "sk-upstream-client-test-key";
    private static final Duration CONNECT = Duration.ofSeconds(2);
    private static final Duration READ = Duration.ofSeconds(5);

    private static Vertx vertx;
    private static WireMockServer llm;
    private UpstreamConnections connections;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
        llm = new WireMockServer(options().dynamicPort().dynamicHttpsPort());
        llm.start();
    }

    @AfterAll
    static void stop() throws Exception {
        llm.stop();
        vertx.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
    }

    @BeforeEach
    void reset() {
        llm.resetAll();
        connections = connections(2000);
    }

    @AfterEach
    void close() {
        connections.close();
    }

    @Test
    void passes_the_request_headers_through_and_returns_status_headers_and_a_redacted_body() {
        // given an upstream that answers, echoing the key
        llm.stubFor(post(urlEqualTo(WireMockLlm.CHAT_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withHeader("X-Request-Id", "req-1")
                .withBody("{\"echo\": \"" + KEY + "\"}")));

        // when a chat request is executed
        SuccessfulHttpResponse response = client(READ).execute(chatRequest(httpUrl()));

        // then the headers and body reached it, and the answer comes back without the key
        llm.verify(exactly(1), postRequestedFor(urlEqualTo(WireMockLlm.CHAT_PATH))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withHeader("Content-Type", equalTo("application/json"))
                .withHeader("User-Agent", equalTo("langchain4j-openai"))
                .withRequestBody(equalTo("{\"model\": \"m\"}")));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"echo\": \"" + SecretRedactor.MASK + "\"}");
        assertThat(response.headers().get("x-request-id")).containsExactly("req-1");
    }

    @Test
    void an_error_status_keeps_its_retry_after_and_a_redacted_body() {
        llm.stubFor(post(urlEqualTo(WireMockLlm.CHAT_PATH)).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "7").withBody("{\"error\": \"slow down, " + KEY + "\"}")));

        Throwable thrown = catchThrowable(() -> client(READ).execute(chatRequest(httpUrl())));

        assertThat(thrown).isInstanceOfSatisfying(UpstreamHttpException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(429);
            assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
            assertThat(e.getMessage()).contains("slow down").doesNotContain(KEY);
        });
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void a_broken_response_is_a_connection_failure(Fault fault) {
        llm.stubFor(post(urlEqualTo(WireMockLlm.CHAT_PATH)).willReturn(aResponse().withFault(fault)));

        Throwable thrown = catchThrowable(() -> client(READ).execute(chatRequest(httpUrl())));

        assertThat(thrown).isInstanceOf(UncheckedIOException.class);
        assertThat(FailureClassifier.classify(thrown).cause()).isEqualTo("connection");
    }

    @Test
    void a_refused_connection_is_a_connection_failure() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        Throwable thrown = catchThrowable(() ->
                client(READ).execute(chatRequest("http://localhost:" + closedPort + WireMockLlm.CHAT_PATH)));

        assertThat(thrown).isInstanceOf(UncheckedIOException.class);
        assertThat(FailureClassifier.classify(thrown).cause()).isEqualTo("connection");
    }

    @Test
    void silence_longer_than_the_read_timeout_is_a_timeout() {
        llm.stubFor(post(urlEqualTo(WireMockLlm.CHAT_PATH)).willReturn(ok().withFixedDelay(2_000)));

        long start = System.nanoTime();
        Throwable thrown = catchThrowable(() -> client(Duration.ofMillis(300)).execute(chatRequest(httpUrl())));

        assertThat(thrown).isInstanceOf(dev.langchain4j.exception.TimeoutException.class);
        assertThat(FailureClassifier.classify(thrown).cause()).isEqualTo("timeout");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1_500));
    }

    @Test
    void timeouts_and_closed_connections_are_thrown_as_the_jdk_client_threw_them() {
        assertThat(UpstreamHttpClient.transportFailure(new io.netty.channel.ConnectTimeoutException("connect")))
                .isInstanceOf(dev.langchain4j.exception.TimeoutException.class);
        assertThat(UpstreamHttpClient.transportFailure(new java.util.concurrent.TimeoutException("idle")))
                .isInstanceOf(dev.langchain4j.exception.TimeoutException.class);
        assertThat(UpstreamHttpClient.transportFailure(new HttpClosedException("Connection was closed")))
                .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(IOException.class);
    }

    @Test
    void keeps_its_connection_alive_between_calls() {
        // given a client that counts the connections it opens
        AtomicInteger opened = new AtomicInteger();
        UpstreamConnections.Upstream upstream = connections.open(UpstreamConnections.options(CONNECT),
                connection -> opened.incrementAndGet());
        UpstreamHttpClient client = new UpstreamHttpClient(upstream, CONNECT, READ, Clock.systemUTC(),
                new SecretRedactor(List.of(KEY)));
        llm.stubFor(post(urlEqualTo(WireMockLlm.CHAT_PATH)).willReturn(ok()));

        // when ten calls are made one after the other
        for (int i = 0; i < 10; i++) {
            assertThat(client.execute(chatRequest(httpUrl())).statusCode()).isEqualTo(200);
        }

        // then they share one connection: each request is made on the model's event loop, after the previous
        // answer's connection is back in the pool
        assertThat(opened).hasValue(1);
    }

    @Test
    void an_interrupted_call_stops_waiting_at_once_and_frees_its_connection_for_the_next() throws Exception {
        // given a pool of one connection and an upstream whose first answer takes 5 s, the next ones none
        connections = connections(1);
        UpstreamHttpClient client = client(Duration.ofSeconds(30));
        llm.stubFor(post(urlEqualTo(WireMockLlm.CHAT_PATH)).inScenario("slow").whenScenarioStateIs(STARTED)
                .willReturn(ok().withFixedDelay(5_000)).willSetStateTo("answered"));
        llm.stubFor(post(urlEqualTo(WireMockLlm.CHAT_PATH)).inScenario("slow").whenScenarioStateIs("answered")
                .willReturn(ok()));
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicBoolean stillInterrupted = new AtomicBoolean();
        Thread caller = Thread.ofVirtual().start(() -> {
            try {
                client.execute(chatRequest(httpUrl()));
            } catch (Throwable t) {
                thrown.set(t);
                stillInterrupted.set(Thread.currentThread().isInterrupted());
            }
        });
        await().atMost(Duration.ofSeconds(5)).until(() -> llm.getAllServeEvents().size() == 1);

        // when its caller is interrupted, as the pipeline's time limit does
        long start = System.nanoTime();
        caller.interrupt();
        caller.join(Duration.ofSeconds(2));

        // then it stops waiting at once, saying so, with the interrupt kept
        assertThat(caller.isAlive()).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
        assertThat(thrown.get()).isInstanceOf(UncheckedIOException.class)
                .hasCauseInstanceOf(InterruptedIOException.class);
        assertThat(stillInterrupted).isTrue();

        // and the next call is answered at once, on a new connection, while the first answer is still seconds away
        start = System.nanoTime();
        assertThat(client.execute(chatRequest(httpUrl())).statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void a_call_interrupted_before_it_starts_sends_nothing() {
        llm.stubFor(post(urlEqualTo(WireMockLlm.CHAT_PATH)).willReturn(ok()));
        UpstreamHttpClient client = client(READ);

        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> client.execute(chatRequest(httpUrl())))
                    .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(InterruptedIOException.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(llm.getAllServeEvents()).isEmpty();
    }

    @Test
    void an_https_url_is_spoken_over_tls_checked_against_the_default_trust_store() {
        llm.stubFor(post(urlEqualTo(WireMockLlm.CHAT_PATH)).willReturn(ok()));
        String https = "https://localhost:" + llm.httpsPort() + WireMockLlm.CHAT_PATH;

        // WireMock's self-signed certificate is in no default trust store: refused, as a connection failure
        Throwable refused = catchThrowable(() -> client(READ).execute(chatRequest(https)));
        assertThat(FailureClassifier.classify(refused).cause()).isEqualTo("connection");
        assertThat(refused).hasCauseInstanceOf(SSLException.class);

        // trusted, the same request is answered over TLS
        HttpClientOptions trusting = UpstreamConnections.options(CONNECT).setTrustAll(true).setVerifyHost(false);
        UpstreamHttpClient client = new UpstreamHttpClient(connections.open(trusting, connection -> { }), CONNECT, READ,
                Clock.systemUTC(), new SecretRedactor(List.of(KEY)));
        assertThat(client.execute(chatRequest(https)).statusCode()).isEqualTo(200);
    }

    private UpstreamConnections connections(int poolSize) {
        return new UpstreamConnections(vertx, BackoffTest.config(
                Map.of("assistant.llm.bulkhead.max-concurrent-calls", String.valueOf(poolSize))));
    }

    private UpstreamHttpClient client(Duration readTimeout) {
        return new UpstreamHttpClient(connections.open(CONNECT), CONNECT, readTimeout, Clock.systemUTC(),
                new SecretRedactor(List.of(KEY)));
    }

    private static String httpUrl() {
        return "http://localhost:" + llm.port() + WireMockLlm.CHAT_PATH;
    }

    private static HttpRequest chatRequest(String url) {
        return HttpRequest.builder().method(HttpMethod.POST).url(url)
                .addHeader("Authorization", "Bearer " + KEY)
                .addHeader("Content-Type", "application/json")
                .addHeader("User-Agent", "langchain4j-openai")
                .body("{\"model\": \"m\"}")
                .build();
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder ok() {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(Fixtures.llm("chat-completion-success.json"));
    }
}
