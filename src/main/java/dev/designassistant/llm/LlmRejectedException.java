package dev.designassistant.llm;

/**
 * The LLM refused our request (bad API key, unknown model id, invalid request). Retrying cannot help: an operator
 * has to fix the configuration. The reason names the cause, never a secret.
 */
public class LlmRejectedException extends RuntimeException {

    private final String model;
    private final String reason;

    public LlmRejectedException(String model, String reason) {
        super("The LLM of model '" + model + "' rejected the request: " + reason);
        this.model = model;
        this.reason = reason;
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
