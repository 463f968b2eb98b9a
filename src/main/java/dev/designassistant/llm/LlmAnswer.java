package dev.designassistant.llm;

import java.util.List;

/**
 * The LLM's answer to a conversation, with the model that really answered it.
 *
 * @param content       the answer text, cleaned of what JSON, Markdown or the session database cannot carry
 *                      ({@link ReplyText}) whoever builds the answer
 * @param model         the configured model name that answered ("default" or a named model)
 * @param modelId       the upstream model id the LLM reports (e.g. {@code gpt-4o-mini-2024-07-18})
 * @param inputTokens   prompt tokens the LLM counted (0 when it reports none)
 * @param outputTokens  answer tokens the LLM counted (0 when it reports none)
 * @param latencyMillis wall time of the whole call, retries, pauses and skipped models included
 * @param finishReason  why the model stopped: {@code stop}, {@code length} (cut off at the token limit),
 *                      {@code content_filter}, {@code tool_execution}, {@code other}; null when it did not say
 * @param fallbackFrom  the configured model asked first when another one of its fallback list answered; else null
 * @param skipped       the models tried before the one that answered, each with why it did not (empty: the first
 *                      model answered)
 * @param cost          what the call cost at the answering model's configured prices; null when none are set
 */
public record LlmAnswer(String content, String model, String modelId, int inputTokens, int outputTokens,
                        long latencyMillis, String finishReason, String fallbackFrom, List<Skip> skipped,
                        Double cost) {

    /** The finish reason of an answer cut off at the model's token limit. */
    public static final String LENGTH = "length";

    public LlmAnswer {
        content = ReplyText.clean(content);
        modelId = ReplyText.clean(modelId);
        skipped = skipped == null ? List.of() : List.copyOf(skipped);
    }

    /** An answer of the model asked first, with nothing skipped. */
    public LlmAnswer(String content, String model, String modelId, int inputTokens, int outputTokens,
                     long latencyMillis, String finishReason, Double cost) {
        this(content, model, modelId, inputTokens, outputTokens, latencyMillis, finishReason, null, List.of(), cost);
    }

    /** This answer, given by a fallback of {@code first} after the models skipped before it. */
    LlmAnswer answeredAfter(String first, List<Skip> skippedBefore) {
        return new LlmAnswer(content, model, modelId, inputTokens, outputTokens, latencyMillis, finishReason, first,
                skippedBefore, cost);
    }

    /** This answer with the wall time of the whole call, skipped models included. */
    LlmAnswer took(long millis) {
        return new LlmAnswer(content, model, modelId, inputTokens, outputTokens, millis, finishReason, fallbackFrom,
                skipped, cost);
    }

    /** Whether the answer was cut off at the token limit, so it looks complete but is not. */
    public boolean truncated() {
        return LENGTH.equals(finishReason);
    }

    /**
     * A model of a fallback list that did not answer.
     *
     * @param model  its configured name
     * @param reason why: {@code breaker-open}, {@code retries-exhausted}, {@code bulkhead-full}, {@code timeout},
     *               {@code rate-limited}, {@code context-too-long}
     */
    public record Skip(String model, String reason) {
    }
}
