package dev.designassistant.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.designassistant.catalog.PromptTemplate;
import org.eclipse.microprofile.config.ConfigProvider;

import java.nio.charset.StandardCharsets;
import dev.designassistant.session.AnsweredBy;

import java.util.List;

/**
 * A review as a SARIF 2.1.0 log that GitHub code scanning accepts: one run whose rules are the template's checklist
 * items (with a full description and help) and whose results are the findings (critical → error, major → warning,
 * minor → note). Every result has a location (the file and lines the finding names, else the first file reviewed,
 * whole) and a partial fingerprint that stays the same across runs of the same finding ({@link FindingFingerprint}:
 * checklist item, file and title, whatever the line numbers; the one definition baselines and diffs use too).
 */
public final class SarifWriter {

    /** Media type of SARIF logs. */
    public static final String MEDIA_TYPE = "application/sarif+json";
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String TOOL = "Design Assistant";
    /** {@code assistant.review.information-uri}: where the tool is documented (SARIF's informationUri). */
    static final String INFORMATION_URI = "assistant.review.information-uri";
    static final String DEFAULT_INFORMATION_URI = "urn:design-assistant:code-review";

    private static final ObjectMapper JSON = new ObjectMapper();

    private SarifWriter() {
    }

    /** The SARIF log of one review session's findings. */
    public static ObjectNode write(ReviewTemplates.ReviewTemplate review, String sessionId, List<Finding> findings,
                                   ReviewedCode code, AnsweredBy answeredBy) {
        ReviewChecklist checklist = review.checklist();
        ObjectNode log = JSON.createObjectNode().put("$schema", SCHEMA).put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver").put("name", TOOL)
                .put("version", version()).put("semanticVersion", version())
                .put("informationUri", informationUri())
                .put("fullName", TOOL + " code review (" + checklist.templateId() + ")");
        ArrayNode rules = driver.putArray("rules");
        checklist.items().forEach(item -> rules.add(rule(review.template(), item)));
        rules.add(injectionRule());
        run.putObject("automationDetails").put("id", checklist.templateId() + "/" + sessionId);
        ArrayNode results = run.putArray("results");
        findings.forEach(f -> results.add(result(checklist, f, code)));
        ObjectNode properties = run.putObject("properties").put("sessionId", sessionId);
        if (answeredBy != null) { // the model that gave the findings, so that a CI run says what reviewed it
            properties.put("model", answeredBy.model()).put("modelId", answeredBy.modelId())
                    .put("finishReason", answeredBy.finishReason()).put("truncated", answeredBy.truncated())
                    .put("cached", answeredBy.cached());
            if (answeredBy.fallbackFrom() != null) {
                properties.put("fallbackFrom", answeredBy.fallbackFrom());
            }
        }
        return log;
    }

    private static ObjectNode rule(PromptTemplate template, ChecklistItem item) {
        ObjectNode rule = JSON.createObjectNode().put("id", item.ruleId()).put("name", item.name());
        rule.putObject("shortDescription").put("text", item.text());
        String where = "item " + item.number() + " of the checklist of \"" + template.title() + "\" (" + template.source()
                + ")";
        rule.putObject("fullDescription").put("text", item.text() + ": " + where + ".");
        rule.putObject("help")
                .put("text", "Check the code for: " + item.text() + ". This is " + where + ". " + template.description()
                        + " Each result names the lines, explains the risk and suggests a fix.")
                .put("markdown", "Check the code for **" + item.text() + "**. This is " + where + ".\n\n"
                        + template.description() + "\n\nEach result names the lines, explains the risk and suggests a fix.");
        rule.putObject("properties").put("checklistItem", item.number()).putArray("tags").add("design-review")
                .add(template.id());
        return rule;
    }

    /** The rule of the deterministic injection scan's findings, after the checklist's. */
    private static ObjectNode injectionRule() {
        ObjectNode rule = JSON.createObjectNode().put("id", Finding.PROMPT_INJECTION).put("name", "PromptInjectionAttempt");
        rule.putObject("shortDescription").put("text", "Prompt injection attempt");
        rule.putObject("fullDescription").put("text", "Text in the reviewed code that addresses an AI reviewer with "
                + "instructions: to ignore its instructions, take a new role, report nothing, approve or lower "
                + "severities; chat-template tokens; hidden Unicode characters.");
        rule.putObject("help")
                .put("text", "Found by a deterministic scan before the model is asked, and reported whatever the model "
                        + "answers. Remove the text, or accept it in a baseline when it is a legitimate fixture.")
                .put("markdown", "Found by a **deterministic scan** before the model is asked, and reported whatever "
                        + "the model answers.\n\nRemove the text, or accept it in a baseline when it is a legitimate "
                        + "fixture.");
        rule.putObject("properties").putArray("tags").add("security").add("prompt-injection");
        return rule;
    }

    private static ObjectNode result(ReviewChecklist checklist, Finding finding, ReviewedCode code) {
        ObjectNode result = JSON.createObjectNode();
        if (finding.isPromptInjection()) {
            result.put("ruleId", Finding.PROMPT_INJECTION).put("ruleIndex", checklist.items().size());
        } else {
            ChecklistItem item = checklist.item(finding.checklistItem()).orElseThrow(() -> new IllegalStateException(
                    "the findings schema only allows the template's checklist items"));
            result.put("ruleId", item.ruleId()).put("ruleIndex", item.number() - 1);
        }
        result.put("level", finding.severity().sarifLevel());
        result.putObject("message")
                .put("text", finding.title() + ". " + finding.explanation() + " Suggested fix: " + finding.suggestedFix());
        Finding.Location where = finding.location();
        String file = where != null && where.file() != null && !where.file().isBlank() ? where.file() : code.firstFile();
        Integer start = where == null ? null : where.startLine();
        Integer end = where == null ? null : where.endLine();
        if (start == null || start < 1) { // a finding about the whole file: its every line, as SARIF §3.30 asks
            start = 1;
            end = Math.max(1, code.lineCount(file));
        }
        result.putArray("locations").add(location(file, start, end));
        result.putObject("partialFingerprints").put(FindingFingerprint.SARIF_KEY, FindingFingerprint.of(finding));
        result.putObject("properties").put("severity", finding.severity().id()).put("title", finding.title())
                .put("suggestedFix", finding.suggestedFix());
        return result;
    }

    private static ObjectNode location(String file, int start, Integer end) {
        ObjectNode physical = JSON.createObjectNode();
        ObjectNode location = physical.putObject("physicalLocation");
        location.putObject("artifactLocation").put("uri", uri(file));
        ObjectNode region = location.putObject("region").put("startLine", start);
        if (end != null && end >= start) {
            region.put("endLine", end);
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
                for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                    uri.append('%').append(String.format("%02X", b & 0xff));
                }
            }
        }
        return uri.toString();
    }

    private static String informationUri() {
        return ConfigProvider.getConfig().getOptionalValue(INFORMATION_URI, String.class).orElse(DEFAULT_INFORMATION_URI);
    }

    /** The project's version, as Quarkus records it at build time. */
    private static String version() {
        return ConfigProvider.getConfig().getOptionalValue("quarkus.application.version", String.class).orElse("0.0.0");
    }
}
