package dev.designassistant.mcp;

import dev.designassistant.brief.RunningBrief;
import dev.designassistant.brief.LintWarning;
import dev.designassistant.session.AnsweredBy;
import dev.designassistant.session.ChainStep;
import dev.designassistant.session.Message;
import dev.designassistant.chain.SessionDetails;
import io.modelcontextprotocol.spec.McpSchema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code run_brief} answers: the design answer and each follow-up's answer, in order, with the session id and
 * where its report is; as Markdown for the model and the user, and as structured content for programs.
 */
record BriefAnswer(String sessionId, String status, String templateId, String model, List<Step> steps,
                   List<LintWarning> warnings, String report, String reportResource) {

    /** One answered (or failed) step: the design answer first, then the follow-ups; who answered it. */
    record Step(int index, String label, String question, String status, String answer, String reason,
                AnsweredBy answeredBy) {
    }

    static BriefAnswer of(SessionDetails session, RunningBrief brief, Client client) {
        List<Step> steps = new ArrayList<>();
        for (ChainStep step : session.steps()) {
            Message answer = session.messages().stream()
                    .filter(m -> Message.ASSISTANT.equals(m.role()) && m.step() != null && m.step() == step.index())
                    .reduce((first, last) -> last).orElse(null);
            // the brief's own question is the whole rendered prompt: the template id says it better
            String question = step.index() == 0 ? brief.brief().template().title() : step.question();
            steps.add(new Step(step.index(), StepLabels.of(session.steps(), step.index()), question,
                    step.status().name().toLowerCase(Locale.ROOT), answer == null ? null : answer.content(),
                    step.reason(), answer == null ? null : answer.answeredBy()));
        }
        return new BriefAnswer(session.id(), session.status(), session.templateId(), session.model(), steps,
                brief.brief().warnings(), Links.report(client, session.id()), Links.reportResource(session.id()));
    }

    McpSchema.CallToolResult toolResult() {
        Map<String, Object> structured = new LinkedHashMap<>();
        structured.put("sessionId", sessionId);
        structured.put("status", status);
        structured.put("templateId", templateId);
        structured.put("model", model);
        structured.put("steps", steps.stream().map(BriefAnswer::structured).toList());
        structured.put("warnings", warnings.stream().map(LintWarning::message).toList());
        structured.put("report", report);
        return McpSchema.CallToolResult.builder().addTextContent(markdown()).structuredContent(structured)
                .isError(!"done".equals(status)).build();
    }

    private static Map<String, Object> structured(Step step) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("index", step.index());
        map.put("step", step.label());
        map.put("question", step.question());
        map.put("status", step.status());
        if (step.answer() != null) {
            map.put("answer", step.answer());
        }
        if (step.reason() != null) {
            map.put("reason", step.reason());
        }
        if (step.answeredBy() != null) {
            map.put("answeredBy", answeredBy(step.answeredBy()));
        }
        return map;
    }

    /** Who answered, as structured content: the configured model, the upstream's id, finish, fallback, cache. */
    static Map<String, Object> answeredBy(AnsweredBy by) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("model", by.model());
        if (by.modelId() != null) {
            map.put("modelId", by.modelId());
        }
        if (by.finishReason() != null) {
            map.put("finishReason", by.finishReason());
        }
        map.put("truncated", by.truncated());
        if (by.fallbackFrom() != null) {
            map.put("fallbackFrom", by.fallbackFrom());
        }
        map.put("cached", by.cached());
        return map;
    }

    /** The line under an answer saying who gave it, when it is worth a reader's notice. */
    static String notice(AnsweredBy by) {
        List<String> notes = new ArrayList<>();
        if (by.truncated()) {
            notes.add("TRUNCATED: cut off at the model's token limit (finish reason length)");
        }
        if (by.fallbackFrom() != null) {
            notes.add("answered by fallback model " + by.model() + " (" + by.fallbackFrom() + " could not answer)");
        }
        if (by.cached()) {
            notes.add("from the response cache");
        }
        return notes.isEmpty() ? "" : "\n_" + String.join("; ", notes) + "._\n";
    }

    String markdown() {
        StringBuilder text = new StringBuilder();
        text.append("Session ").append(sessionId).append(" (").append(templateId).append(", ").append(status)
                .append("). Report: ").append(report).append('\n');
        if (!"done".equals(status)) {
            text.append("\nThe chain stopped at a failed step; the answers so far are stored. Resume it with the HTTP "
                    + "API (POST /api/sessions/").append(sessionId).append("/chain/resume) or run the brief again.\n");
        }
        if (!warnings.isEmpty()) {
            text.append("\nThe brief could be better: ");
            warnings.forEach(w -> text.append(w.message()).append("; "));
            text.setLength(text.length() - 2);
            text.append('\n');
        }
        for (Step step : steps) {
            String label = Character.toUpperCase(step.label().charAt(0)) + step.label().substring(1);
            text.append("\n## ").append(step.index() == 0 ? "Design answer: " + step.question() : label)
                    .append("\n\n");
            if (step.answer() != null) {
                text.append(step.answer().strip()).append('\n');
                if (step.answeredBy() != null) {
                    text.append(notice(step.answeredBy()));
                }
            } else {
                text.append("(").append(step.status()).append(step.reason() == null ? "" : ": " + step.reason())
                        .append(")\n");
            }
        }
        return text.toString();
    }
}
