package dev.designassistant.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.designassistant.check.CheckFinding;
import dev.designassistant.ledger.LedgerSummary;
import dev.designassistant.review.Finding;
import dev.designassistant.review.FindingCounts;
import dev.designassistant.session.Message;

import java.time.Instant;
import java.util.List;

/**
 * A session as a design-review report: what was asked (template, its content hash, the parameters), what the
 * lint and the design checks found, every exchange with the LLM in order (the design answer, each follow-up) with model, tokens and time,
 * and for a code review its findings. Everything a reader needs to know what produced the answers.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Report(String sessionId, String title, TemplateInfo template, String model, String status,
                     List<ParameterRow> parameters, List<Warning> warnings, List<CheckFinding> checks,
                     List<Exchange> exchanges, Usage usage, Review review, LedgerSummary ledger, Instant createdAt,
                     Instant updatedAt) {

    /**
     * The template the session was made from.
     *
     * @param contentHash SHA-256 of the template file when the session was made
     * @param changed     whether the catalog's template file differs from it now (or is gone)
     */
    public record TemplateInfo(String id, String section, String title, String contentHash, boolean changed) {
    }

    /**
     * One parameter of the brief.
     *
     * @param block whether the value spans lines (code, text) and is shown as a block below the table
     */
    public record ParameterRow(String name, String label, String value, boolean block) {
    }

    /** A lint warning of the brief. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Warning(String code, String parameter, String message) {
    }

    /**
     * One question and its answer.
     *
     * @param heading what the question is: "Design answer", "Follow-up 1", "Your follow-up", "Format correction"
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Exchange(int index, String kind, String heading, String question, String status, String reason,
                           String answer, String model, String modelId, String finishReason, Boolean truncated,
                           String fallbackFrom,
                           @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Message.SkippedModel> skipped,
                           Boolean cached, Integer inputTokens, Integer outputTokens, Double cost, Long latencyMs,
                           Instant askedAt, Instant answeredAt) {
    }

    /**
     * Totals over every answer.
     *
     * @param cost what the answers cost at the configured prices; absent when no prices are set
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Usage(long inputTokens, long outputTokens, long latencyMs, Double cost) {
    }

    /** A code review's findings, worst first. */
    public record Review(List<Finding> findings, FindingCounts counts) {
    }
}
