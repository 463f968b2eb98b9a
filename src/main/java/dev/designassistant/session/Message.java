package dev.designassistant.session;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/**
 * One message of a session's conversation, in order.
 *
 * @param seq          position in the conversation, from 1
 * @param role         {@code user} or {@code assistant}
 * @param step         the step it belongs to
 * @param model        the configured model that answered (assistant messages)
 * @param inputTokens  tokens the LLM read for this answer
 * @param outputTokens tokens it wrote
 * @param latencyMs    how long the answer took, retries included
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Message(int seq, String role, String content, Integer step, String model, Integer inputTokens,
                      Integer outputTokens, Long latencyMs, Instant createdAt) {

    public static final String USER = "user";
    public static final String ASSISTANT = "assistant";
}
