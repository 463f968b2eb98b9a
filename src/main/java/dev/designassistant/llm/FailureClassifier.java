package dev.designassistant.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.langchain4j.exception.HttpException;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/**
 * Classifies what an attempt threw, following langchain4j's exception hierarchy: the HTTP status when there was a
 * response, otherwise the transport failure. Anything unrecognised is treated as transient, so an odd response is
 * retried a bounded number of times rather than failing the brief at once.
 */
final class FailureClassifier {

    private FailureClassifier() {
    }

    static Failure classify(Throwable thrown) {
        if (thrown instanceof CallNotPermittedException) {
            return Failure.of(Failure.Kind.BREAKER_OPEN, "breaker-open");
        }
        if (thrown instanceof BulkheadFullException) {
            return Failure.of(Failure.Kind.BULKHEAD_FULL, "bulkhead-full");
        }
        if (thrown instanceof TimeoutException) {
            // Resilience4j's TimeLimiter; langchain4j's own TimeoutException is another class
            return Failure.of(Failure.Kind.TIME_LIMIT, "time-limit");
        }
        Optional<HttpException> http = find(thrown, HttpException.class);
        if (http.isPresent()) {
            return ofStatus(http.get());
        }
        if (find(thrown, dev.langchain4j.exception.TimeoutException.class).isPresent()
                || find(thrown, HttpTimeoutException.class).isPresent()) {
            return Failure.of(Failure.Kind.TRANSIENT, "timeout");
        }
        if (find(thrown, JsonProcessingException.class).isPresent()) {
            return Failure.of(Failure.Kind.TRANSIENT, "malformed-response");
        }
        if (find(thrown, IOException.class).isPresent() || find(thrown, UnresolvedAddressException.class).isPresent()
                || find(thrown, dev.langchain4j.exception.UnresolvedModelServerException.class).isPresent()) {
            return Failure.of(Failure.Kind.TRANSIENT, "connection");
        }
        return Failure.of(Failure.Kind.TRANSIENT, "unexpected");
    }

    private static Failure ofStatus(HttpException e) {
        int status = e.statusCode();
        Optional<java.time.Duration> retryAfter = e instanceof UpstreamHttpException u ? u.retryAfter() : Optional.empty();
        boolean transientStatus = status == 408 || status == 429 || status >= 500;
        Failure.Kind kind = transientStatus ? Failure.Kind.TRANSIENT : Failure.Kind.REJECTED;
        return new Failure(kind, "http-" + status, status, retryAfter);
    }

    private static <T extends Throwable> Optional<T> find(Throwable thrown, Class<T> type) {
        Throwable t = thrown;
        for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }
}
