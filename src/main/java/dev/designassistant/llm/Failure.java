package dev.designassistant.llm;

import java.time.Duration;
import java.util.Optional;

/**
 * What one failed attempt means for the pipeline: whether to retry it, whether the breaker counts it, and how
 * long the upstream asked us to wait.
 *
 * @param kind       the class of failure
 * @param cause      short stable label for logs and metrics ({@code http-503}, {@code connection}, {@code timeout}…)
 * @param status     the upstream HTTP status, or 0 when there was no response
 * @param retryAfter the upstream's {@code Retry-After}, when it sent one
 */
record Failure(Kind kind, String cause, int status, Optional<Duration> retryAfter) {

    /** Classes of failure. */
    enum Kind {
        /** May pass: 408, 429, 5xx, transport timeouts, connection faults, unreadable responses. */
        TRANSIENT,
        /** The upstream refused the request itself (400, 401, 403, 404…): retrying cannot help. */
        REJECTED,
        /** The call ran past the model's time limit and was abandoned. */
        TIME_LIMIT,
        /** The circuit breaker refused the call. */
        BREAKER_OPEN,
        /** The bulkhead refused the call. */
        BULKHEAD_FULL
    }

    static Failure of(Kind kind, String cause) {
        return new Failure(kind, cause, 0, Optional.empty());
    }

    /** Only transient failures are retried. */
    boolean retriable() {
        return kind == Kind.TRANSIENT;
    }

    /**
     * Whether the circuit breaker records it as a failure: upstream trouble does, our own refusals (bulkhead) and
     * requests the upstream rejected do not, so a bad API key cannot open the breaker.
     */
    boolean countsAgainstBreaker() {
        return kind == Kind.TRANSIENT || kind == Kind.TIME_LIMIT;
    }
}
