package dev.designassistant.session;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;

/** {@code GET /api/sessions/{id}}: the brief, the chain's status step by step, the transcript and token totals. */
public record SessionDetails(String id, String templateId, String templateHash, String model, String status,
                             JsonNode parameters, JsonNode warnings, List<ChainStep> steps, List<Message> messages,
                             Usage usage, Instant createdAt, Instant updatedAt) {

    /** Tokens spent by the whole session. */
    public record Usage(long inputTokens, long outputTokens) {
    }

    /** "running" while a step is pending or running, "failed" when one failed, else "done". */
    public static String statusOf(List<ChainStep> steps) {
        if (steps.stream().anyMatch(s -> s.status() == StepStatus.FAILED)) {
            return "failed";
        }
        boolean working = steps.stream().anyMatch(s -> s.status() == StepStatus.PENDING || s.status() == StepStatus.RUNNING);
        return working ? "running" : "done";
    }
}
