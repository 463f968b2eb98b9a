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

    public LlmUnavailableException(String model, Reason reason, Duration retryAfter, String lastFailure) {
        super(TYPE, "The LLM of model '" + model + "' is unavailable: " + reason.description()
                + (lastFailure == null ? "" : " (last failure: " + lastFailure + ")"));
        this.model = model;
        this.reason = reason;
        this.retryAfter = retryAfter;
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
