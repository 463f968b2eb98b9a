package dev.designassistant.llm;

/**
 * The LLM's answer to a conversation.
 *
 * @param content       the answer text, cleaned of what JSON, Markdown or the session database cannot carry
 *                      ({@link ReplyText}) whoever builds the answer
 * @param model         the configured model name that answered ("default" or a named model)
 * @param modelId       the upstream model id the LLM reports (e.g. {@code gpt-4o-mini-2024-07-18})
 * @param inputTokens   prompt tokens the LLM counted (0 when it reports none)
 * @param outputTokens  answer tokens the LLM counted (0 when it reports none)
 * @param latencyMillis wall time of the whole call, retries and pauses included
 */
public record LlmAnswer(String content, String model, String modelId, int inputTokens, int outputTokens,
                        long latencyMillis) {

    public LlmAnswer {
        content = ReplyText.clean(content);
        modelId = ReplyText.clean(modelId);
    }
}
