package dev.designassistant.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * A review as a GitLab Code Quality report (the CodeClimate subset GitLab reads): a JSON array with one issue per
 * finding, each with {@code description}, {@code check_name} (the SARIF rule id), {@code fingerprint} (the SARIF
 * partial fingerprint, {@link FindingFingerprint}, with "-2", "-3" … for repeats, as GitLab keeps one issue per
 * fingerprint), {@code severity} (critical, major or minor: GitLab's own names)
 * and {@code location.path} with {@code location.lines.begin} (the line the finding names, else 1).
 */
public final class CodeQualityWriter {

    /** Media type of the report: plain JSON. */
    public static final String MEDIA_TYPE = "application/json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private CodeQualityWriter() {
    }

    /** The Code Quality report of one review's findings. */
    public static ArrayNode write(ReviewTemplates.ReviewTemplate review, List<Finding> findings, ReviewedCode code) {
        ArrayNode issues = JSON.createArrayNode();
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (Finding finding : findings) {
            // GitLab shows one issue per fingerprint: the same finding twice in a file gets "-2", "-3" …
            String fingerprint = FindingFingerprint.of(finding);
            int n = seen.merge(fingerprint, 1, Integer::sum);
            ObjectNode issue = issues.addObject().put("type", "issue")
                    .put("description", finding.title() + ". " + finding.explanation())
                    .put("check_name", ruleId(review.checklist(), finding))
                    .put("fingerprint", n == 1 ? fingerprint : fingerprint + "-" + n)
                    .put("severity", finding.severity().id());
            issue.putArray("categories").add(finding.isPromptInjection() ? "Security" : "Bug Risk");
            Finding.Location where = finding.location();
            String file = where != null && where.file() != null && !where.file().isBlank() ? where.file()
                    : code.firstFile();
            int begin = where != null && where.startLine() != null && where.startLine() >= 1 ? where.startLine() : 1;
            ObjectNode lines = issue.putObject("location").put("path", file.replace('\\', '/')).putObject("lines")
                    .put("begin", begin);
            if (where != null && where.endLine() != null && where.endLine() > begin) {
                lines.put("end", where.endLine());
            }
        }
        return issues;
    }

    /** The SARIF rule id of a finding: its checklist item's, or the injection scan's. */
    static String ruleId(ReviewChecklist checklist, Finding finding) {
        return finding.isPromptInjection() ? Finding.PROMPT_INJECTION
                : checklist.item(finding.checklistItem()).map(ChecklistItem::ruleId).orElse(finding.checklistItem());
    }
}
