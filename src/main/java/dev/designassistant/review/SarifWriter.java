package dev.designassistant.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * A review as a SARIF 2.1.0 log: one run whose rules are the template's checklist items and whose results are the
 * findings (critical → error, major → warning, minor → note), with file and line locations when known.
 */
public final class SarifWriter {

    /** Media type of SARIF logs. */
    public static final String MEDIA_TYPE = "application/sarif+json";
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String TOOL = "Design Assistant";

    private static final ObjectMapper JSON = new ObjectMapper();

    private SarifWriter() {
    }

    /** The SARIF log of one review session's findings. */
    public static ObjectNode write(ReviewChecklist checklist, String sessionId, List<Finding> findings) {
        ObjectNode log = JSON.createObjectNode().put("$schema", SCHEMA).put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver").put("name", TOOL)
                .put("version", version()).put("fullName", TOOL + " code review (" + checklist.templateId() + ")");
        ArrayNode rules = driver.putArray("rules");
        checklist.items().forEach(item -> rules.add(rule(item)));
        run.putObject("automationDetails").put("id", checklist.templateId() + "/" + sessionId);
        ArrayNode results = run.putArray("results");
        findings.forEach(f -> results.add(result(checklist, f)));
        run.putObject("properties").put("sessionId", sessionId);
        return log;
    }

    private static ObjectNode rule(ChecklistItem item) {
        ObjectNode rule = JSON.createObjectNode().put("id", item.ruleId()).put("name", item.name());
        rule.putObject("shortDescription").put("text", item.text());
        rule.putObject("properties").put("checklistItem", item.number());
        return rule;
    }

    private static ObjectNode result(ReviewChecklist checklist, Finding finding) {
        ChecklistItem item = checklist.item(finding.checklistItem()).orElseThrow(() -> new IllegalStateException(
                "the findings schema only allows the template's checklist items"));
        ObjectNode result = JSON.createObjectNode().put("ruleId", item.ruleId()).put("ruleIndex", item.number() - 1)
                .put("level", finding.severity().sarifLevel());
        result.putObject("message")
                .put("text", finding.title() + ". " + finding.explanation() + " Suggested fix: " + finding.suggestedFix());
        if (finding.location() != null && finding.location().file() != null) {
            result.putArray("locations").add(location(finding.location()));
        }
        result.putObject("properties").put("severity", finding.severity().id()).put("title", finding.title())
                .put("suggestedFix", finding.suggestedFix());
        return result;
    }

    private static ObjectNode location(Finding.Location where) {
        ObjectNode physical = JSON.createObjectNode();
        ObjectNode location = physical.putObject("physicalLocation");
        location.putObject("artifactLocation").put("uri", uri(where.file()));
        if (where.startLine() != null) {
            ObjectNode region = location.putObject("region").put("startLine", where.startLine());
            if (where.endLine() != null && where.endLine() >= where.startLine()) {
                region.put("endLine", where.endLine());
            }
        }
        return physical;
    }

    /** A relative path as a URI reference: forward slashes, spaces and other unsafe characters escaped. */
    static String uri(String path) {
        String slashed = path.replace('\\', '/');
        StringBuilder uri = new StringBuilder();
        for (char c : slashed.toCharArray()) {
            if (Character.isLetterOrDigit(c) && c < 128 || "-._~/:@!$&'()*+,;=".indexOf(c) >= 0) {
                uri.append(c);
            } else {
                for (byte b : String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    uri.append('%').append(String.format("%02X", b & 0xff));
                }
            }
        }
        return uri.toString();
    }

    private static String version() {
        String v = SarifWriter.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
