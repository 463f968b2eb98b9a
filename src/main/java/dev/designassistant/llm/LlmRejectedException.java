package dev.designassistant.llm;

import dev.designassistant.problem.DomainException;
import dev.designassistant.problem.ProblemType;

/**
 * The LLM refused our request (bad API key, unknown model id, invalid request). Retrying cannot help: an operator
 * has to fix the configuration. The reason names the cause, never a secret.
 */
public class LlmRejectedException extends DomainException {

    /** LLM rejected the request: 502. */
    public static final ProblemType TYPE = new ProblemType("llm-rejected", "LLM rejected the request", 502);

    private final String model;
    private final String reason;
    private final boolean contextTooLong;

    public LlmRejectedException(String model, String reason) {
        this(model, reason, false);
    }

    /** @param contextTooLong whether the upstream refused the conversation as longer than the model's context */
    public LlmRejectedException(String model, String reason, boolean contextTooLong) {
        super(TYPE, "The LLM of model '" + model + "' rejected the request: " + reason);
        this.model = model;
        this.reason = reason;
        this.contextTooLong = contextTooLong;
    }

    /** Whether the conversation was too long for the model's context (a larger model may take it). */
    public boolean contextTooLong() {
        return contextTooLong;
    }

    @Override
    public String detail() {
        return getMessage() + ". The service's LLM configuration needs an operator's attention.";
    }

    /** The configured model name. */
    public String model() {
        return model;
    }

    /** The cause in words, such as "the LLM rejected the API key (401)". */
    public String reason() {
        return reason;
    }
}
