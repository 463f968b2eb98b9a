package dev.designassistant.mcp;

import dev.designassistant.review.Finding;
import dev.designassistant.review.FindingCounts;
import dev.designassistant.review.ReviewResult;
import io.modelcontextprotocol.spec.McpSchema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What {@code review_code} answers: the findings worst first, their counts, the session and its report. */
record ReviewAnswer(ReviewResult review, String report) {

    static ReviewAnswer of(ReviewResult review, Client client) {
        return new ReviewAnswer(review, Links.report(client, review.sessionId()));
    }

    McpSchema.CallToolResult toolResult() {
        Map<String, Object> structured = new LinkedHashMap<>();
        structured.put("sessionId", review.sessionId());
        structured.put("templateId", review.templateId());
        FindingCounts counts = review.counts();
        structured.put("counts", Map.of("critical", counts.critical(), "major", counts.major(), "minor", counts.minor(),
                "total", counts.total()));
        structured.put("findings", review.findings().stream().map(ReviewAnswer::structured).toList());
        structured.put("report", report);
        if (review.answeredBy() != null) {
            structured.put("answeredBy", BriefAnswer.answeredBy(review.answeredBy()));
        }
        return McpSchema.CallToolResult.builder().addTextContent(markdown()).structuredContent(structured).build();
    }

    private static Map<String, Object> structured(Finding finding) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("severity", finding.severity().id());
        map.put("title", finding.title());
        if (!finding.where().isEmpty()) {
            map.put("location", finding.where());
        }
        map.put("explanation", finding.explanation());
        map.put("suggestedFix", finding.suggestedFix());
        map.put("checklistItem", finding.checklistItem());
        return map;
    }

    String markdown() {
        FindingCounts counts = review.counts();
        StringBuilder text = new StringBuilder();
        text.append(counts.total()).append(" finding(s): ").append(counts.critical()).append(" critical, ")
                .append(counts.major()).append(" major, ").append(counts.minor()).append(" minor. Session ")
                .append(review.sessionId()).append(", report: ").append(report).append('\n');
        if (review.answeredBy() != null) {
            text.append(BriefAnswer.notice(review.answeredBy()));
        }
        List<Finding> findings = review.findings();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            text.append('\n').append(i + 1).append(". **").append(f.severity().id().toUpperCase()).append("** ")
                    .append(f.title()).append(f.where().isEmpty() ? "" : " (" + f.where() + ")").append('\n')
                    .append("   ").append(f.explanation()).append('\n');
            if (f.suggestedFix() != null) {
                text.append("   Fix: ").append(f.suggestedFix()).append('\n');
            }
        }
        return text.toString();
    }
}
