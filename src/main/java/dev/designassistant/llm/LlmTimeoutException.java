package dev.designassistant.llm;

import dev.designassistant.problem.DomainException;
import dev.designassistant.problem.ProblemType;

import java.time.Duration;

/** The model did not answer within its time limit; the call was abandoned, not retried. */
public class LlmTimeoutException extends DomainException {

    /** LLM timed out: 504. */
    public static final ProblemType TYPE = new ProblemType("llm-timeout", "LLM timed out", 504);

    private final String model;
    private final Duration limit;

    public LlmTimeoutException(String model, Duration limit) {
        super(TYPE, "The LLM of model '" + model + "' did not answer within " + Durations.describe(limit));
        this.model = model;
        this.limit = limit;
    }

    @Override
    public String detail() {
        return getMessage() + "; the call was abandoned. Try again, or ask for less.";
    }

    /** The configured model name. */
    public String model() {
        return model;
    }

    /** The time limit it exceeded. */
    public Duration limit() {
        return limit;
    }
}
