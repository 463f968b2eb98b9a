package dev.designassistant.llm;

import java.time.Duration;

/** The model did not answer within its time limit; the call was abandoned, not retried. */
public class LlmTimeoutException extends RuntimeException {

    private final String model;
    private final Duration limit;

    public LlmTimeoutException(String model, Duration limit) {
        super("The LLM of model '" + model + "' did not answer within " + Durations.describe(limit));
        this.model = model;
        this.limit = limit;
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
