package dev.designassistant.llm;

import dev.langchain4j.exception.HttpException;

import java.time.Duration;
import java.util.Optional;

/**
 * An upstream error response, carrying the {@code Retry-After} that langchain4j's own {@link HttpException} drops.
 * langchain4j keeps it as the root cause of the exception it maps it to, so the classifier finds it there.
 */
final class UpstreamHttpException extends HttpException {

    private final transient Optional<Duration> retryAfter;

    UpstreamHttpException(int statusCode, String body, Optional<Duration> retryAfter) {
        super(statusCode, body);
        this.retryAfter = retryAfter;
    }

    /** How long the upstream asked us to wait, when it said. */
    Optional<Duration> retryAfter() {
        return retryAfter;
    }
}
