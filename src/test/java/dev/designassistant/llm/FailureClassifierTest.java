package dev.designassistant.llm;

import com.fasterxml.jackson.core.JsonParseException;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.RateLimitException;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

class FailureClassifierTest {

    @ParameterizedTest
    @ValueSource(ints = {408, 429, 500, 502, 503, 504})
    void retries_statuses_that_may_pass_and_counts_them_against_the_breaker(int status) {
        Failure failure = FailureClassifier.classify(new InternalServerException(
                new UpstreamHttpException(status, "{}", Optional.empty())));

        assertThat(failure.kind()).isEqualTo(Failure.Kind.TRANSIENT);
        assertThat(failure.retriable()).isTrue();
        assertThat(failure.countsAgainstBreaker()).isTrue();
        assertThat(failure.cause()).isEqualTo("http-" + status);
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 409, 422})
    void never_retries_rejections_and_never_counts_them(int status) {
        Failure failure = FailureClassifier.classify(new AuthenticationException(
                new UpstreamHttpException(status, "{}", Optional.empty())));

        assertThat(failure.kind()).isEqualTo(Failure.Kind.REJECTED);
        assertThat(failure.retriable()).isFalse();
        assertThat(failure.countsAgainstBreaker()).isFalse();
        assertThat(failure.status()).isEqualTo(status);
    }

    @Test
    void keeps_the_upstream_retry_after_found_under_langchain4j_exception() {
        Failure failure = FailureClassifier.classify(new RateLimitException(
                new UpstreamHttpException(429, "{}", Optional.of(Duration.ofSeconds(7)))));

        assertThat(failure.retryAfter()).contains(Duration.ofSeconds(7));
    }

    @Test
    void treats_transport_failures_as_transient() {
        assertThat(FailureClassifier.classify(new UncheckedIOException(new ConnectException("refused"))).cause())
                .isEqualTo("connection");
        assertThat(FailureClassifier.classify(new dev.langchain4j.exception.TimeoutException(
                new HttpTimeoutException("read"))).cause()).isEqualTo("timeout");
        assertThat(FailureClassifier.classify(new RuntimeException(new JsonParseException(null, "garbled"))).cause())
                .isEqualTo("malformed-response");
        assertThat(FailureClassifier.classify(new IllegalStateException("odd")).kind())
                .isEqualTo(Failure.Kind.TRANSIENT);
    }

    @Test
    void a_time_limit_is_recorded_by_the_breaker_but_not_retried() {
        Failure failure = FailureClassifier.classify(new TimeoutException("TimeLimiter 'default' recorded a timeout"));

        assertThat(failure.kind()).isEqualTo(Failure.Kind.TIME_LIMIT);
        assertThat(failure.retriable()).isFalse();
        assertThat(failure.countsAgainstBreaker()).isTrue();
    }

    @Test
    void the_pipelines_own_refusals_are_neither_retried_nor_counted() {
        Failure open = FailureClassifier.classify(
                CallNotPermittedException.createCallNotPermittedException(CircuitBreaker.ofDefaults("x")));
        Failure full = FailureClassifier.classify(
                BulkheadFullException.createBulkheadFullException(Bulkhead.ofDefaults("x")));

        assertThat(open.kind()).isEqualTo(Failure.Kind.BREAKER_OPEN);
        assertThat(full.kind()).isEqualTo(Failure.Kind.BULKHEAD_FULL);
        assertThat(open.retriable() || full.retriable() || open.countsAgainstBreaker() || full.countsAgainstBreaker())
                .isFalse();
    }

    @Test
    void a_status_found_under_an_io_exception_decides() {
        Failure failure = FailureClassifier.classify(new UncheckedIOException(
                new IOException("wrapped", new UpstreamHttpException(401, "{}", Optional.empty()))));

        assertThat(failure.kind()).isEqualTo(Failure.Kind.REJECTED);
        assertThat(FailureClassifier.classify(new UncheckedIOException(new IOException("reset"))).kind())
                .isEqualTo(Failure.Kind.TRANSIENT);
    }
}
