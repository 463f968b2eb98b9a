package dev.designassistant.llm;

import java.util.List;
import java.util.Set;

/**
 * The one way the rest of the service talks to an LLM: a whole conversation in, one answer out, through the
 * model's resilience pipeline (retry, circuit breaker, time limit, bulkhead). No langchain4j or Resilience4j
 * type crosses this interface.
 */
public interface LlmClient {

    /** Name of the model used when a caller names none. */
    String DEFAULT_MODEL = "default";

    /**
     * Sends the whole conversation to the named model (null or blank = the default model) and returns the answer.
     *
     * @param templateId the template the conversation comes from, for metrics tags; may be null
     * @throws LlmUnavailableException the breaker is open, the retries are exhausted or the bulkhead is full
     * @throws LlmTimeoutException     the model did not answer within its time limit
     * @throws LlmRejectedException    the LLM rejected our request (API key, model name, request shape)
     * @throws UnknownModelException   no model of that name is configured
     */
    LlmAnswer chat(String model, List<ChatTurn> conversation, String templateId);

    /** Names of the configured models: "default" plus every {@code assistant.llm.models.<name>}. */
    Set<String> models();

    /**
     * What is configured for the named model (null or blank = the default model).
     *
     * @throws UnknownModelException no model of that name is configured
     */
    ModelInfo describe(String model);
}
