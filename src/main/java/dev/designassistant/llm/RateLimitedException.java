package dev.designassistant.llm;

import dev.designassistant.problem.DomainException;
import dev.designassistant.problem.ProblemType;

import java.time.Duration;

/** A client has made as many LLM-spending requests as it may for now. */
public class RateLimitedException extends DomainException {

    /** Too many requests: 429. */
    public static final ProblemType TYPE = new ProblemType("rate-limited", "Too many requests", 429);

    private final Duration retryAfter;

    public RateLimitedException(Duration retryAfter) {
        super(TYPE, "Too many requests that use the LLM from this client");
        this.retryAfter = retryAfter;
    }

    @Override
    public String detail() {
        return getMessage() + "; try again in " + Durations.wholeSecondsAtLeastOne(retryAfter) + " s.";
    }

    @Override
    public Duration retryAfter() {
        return retryAfter;
    }
}
