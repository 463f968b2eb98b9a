package dev.designassistant.session;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/** One exchange of a session: a question for the LLM and where its answer stands. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChainStep(int index, StepKind kind, String question, StepStatus status, String reason,
                        Instant startedAt, Instant finishedAt) {
}
