package dev.designassistant.chain;

import dev.designassistant.llm.LlmAnswer;
import dev.designassistant.session.Message;

import java.time.Instant;

/** The gateway's answer as the session stores it: the text, who answered it and what it spent. */
final class StoredAnswers {

    private StoredAnswers() {
    }

    /** The answer of a step as a new assistant message (its place is given when it is stored). */
    static Message message(LlmAnswer answer, int step, Instant answeredAt) {
        return new Message(0, Message.ASSISTANT, answer.content(), step, answer.model(), answer.modelId(),
                answer.finishReason(), answer.truncated(), answer.fallbackFrom(),
                answer.skipped().stream().map(s -> new Message.SkippedModel(s.model(), s.reason())).toList(),
                false, answer.inputTokens(), answer.outputTokens(), answer.cost(), answer.latencyMillis(), answeredAt);
    }
}
