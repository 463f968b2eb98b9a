package dev.designassistant.brief;

import dev.designassistant.llm.LlmAnswer;

import java.util.List;

/**
 * The LLM's answer to a brief, with what produced it.
 *
 * @param sessionId     the session holding the conversation; null until sessions exist
 * @param templateId    the template rendered
 * @param model         the configured model name that answered
 * @param modelId       the upstream model id the LLM reported
 * @param prompt        the rendered prompt sent as the user message
 * @param warnings      what the brief leaves out (lint)
 * @param answer        the LLM's answer
 * @param usage         tokens the LLM counted
 * @param latencyMillis wall time of the LLM call, retries included
 */
public record BriefResponse(String sessionId, String templateId, String model, String modelId, String prompt,
                            List<LintWarning> warnings, String answer, Usage usage, long latencyMillis) {

    /** Token counts of one LLM call. */
    public record Usage(int inputTokens, int outputTokens) {
    }

    static BriefResponse of(RenderedBrief brief, LlmAnswer answer) {
        return new BriefResponse(null, brief.template().id(), answer.model(), answer.modelId(), brief.prompt(),
                brief.warnings(), answer.content(), new Usage(answer.inputTokens(), answer.outputTokens()),
                answer.latencyMillis());
    }
}
