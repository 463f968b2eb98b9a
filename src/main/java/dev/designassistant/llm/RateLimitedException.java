package dev.designassistant.llm;

import java.time.Duration;

/** A client has made as many LLM-spending requests as it may for now. */
public class RateLimitedException extends RuntimeException {

    private final Duration retryAfter;

    public RateLimitedException(Duration retryAfter) {
        super("Too many requests that use the LLM from this client");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
