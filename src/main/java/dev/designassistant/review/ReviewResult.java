package dev.designassistant.review;

import dev.designassistant.session.AnsweredBy;

import java.util.List;

/**
 * The answer to {@code POST /api/reviews}: the findings worst first, their counts, and the session that holds the
 * whole exchange (its report is at {@code report}).
 *
 * @param attempts   1, or 2 when the first reply did not match the schema and the service asked again
 * @param answeredBy the model that gave the findings (upstream model id, finish reason, fallback, cache)
 */
public record ReviewResult(String sessionId, String templateId, String model, List<Finding> findings,
                           FindingCounts counts, int attempts, String report, AnsweredBy answeredBy) {

    static ReviewResult of(String sessionId, String templateId, String model, List<Finding> findings, int attempts,
                           AnsweredBy answeredBy) {
        return new ReviewResult(sessionId, templateId, model, findings, FindingCounts.of(findings), attempts,
                "/api/sessions/" + sessionId + "/report", answeredBy);
    }

    /** Whether any finding is at the threshold or worse. */
    public boolean hasFindingAtLeast(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }
}
