package dev.designassistant.llm;

import dev.designassistant.problem.DomainException;
import dev.designassistant.problem.ProblemType;

import java.time.Duration;

/** The model cannot answer now; the caller may try again after {@link #retryAfter()}. */
public class LlmUnavailableException extends DomainException {

    /** LLM unavailable: 503. */
    public static final ProblemType TYPE = new ProblemType("llm-unavailable", "LLM unavailable", 503);

    /** Why the model cannot answer now. */
    public enum Reason {
        /** The circuit breaker is open after too many failures: no call was made. */
        BREAKER_OPEN("the circuit breaker is open after repeated failures"),
        /** Every attempt failed with a failure that may pass. */
        RETRIES_EXHAUSTED("every attempt failed"),
        /** Too many calls to this model are already running. */
        BULKHEAD_FULL("too many calls to it are already running");

        private final String description;

        Reason(String description) {
            this.description = description;
        }

        /** The reason in words. */
        public String description() {
            return description;
        }
    }

    private final String model;
    private final Reason reason;
    private final Duration retryAfter;
    private final String lastFailure;

    public LlmUnavailableException(String model, Reason reason, Duration retryAfter, String lastFailure) {
        super(TYPE, "The LLM of model '" + model + "' is unavailable: " + reason.description()
                + (lastFailure == null ? "" : " (last failure: " + lastFailure + ")"));
        this.model = model;
        this.reason = reason;
        this.retryAfter = retryAfter;
        this.lastFailure = lastFailure;
    }

    /**
     * Why the model did not answer, as a fallback records it: {@code breaker-open}, {@code bulkhead-full},
     * {@code rate-limited} (the last attempt got a 429), {@code upstream-error} (5xx), {@code connection-failed},
     * {@code timeout} or {@code retries-exhausted}.
     */
    public String skipReason() {
        return switch (reason) {
            case BREAKER_OPEN -> "breaker-open";
            case BULKHEAD_FULL -> "bulkhead-full";
            case RETRIES_EXHAUSTED -> lastFailure == null ? "retries-exhausted"
                    : lastFailure.equals("http-429") ? "rate-limited"
                    : lastFailure.startsWith("http-5") ? "upstream-error"
                    : lastFailure.equals("connection") ? "connection-failed"
                    : lastFailure.equals("timeout") ? "timeout" : "retries-exhausted";
        };
    }

    @Override
    public String detail() {
        return getMessage() + ". Try again in " + Durations.wholeSecondsAtLeastOne(retryAfter) + " s.";
    }

    /** The configured model name. */
    public String model() {
        return model;
    }

    /** Why it is unavailable. */
    public Reason reason() {
        return reason;
    }

    /** When trying again makes sense. */
    @Override
    public Duration retryAfter() {
        return retryAfter;
    }
}
