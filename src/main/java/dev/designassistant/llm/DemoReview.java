package dev.designassistant.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo model's answer to a code review: findings JSON that matches the review's schema, deterministic, and
 * plain that it comes from the demo model. What a simple rule finds in the code ({@link DemoRules}: a swallowed
 * exception, a retry that sleeps a fixed time) it reports, on the line and under the checklist item that fit, and
 * nothing else; when no rule fires, one major finding on the first checklist item and one minor on the last, placed
 * in the first file the prompt names, so the whole review flow (schema, SARIF, CI exit codes) can be tried. The
 * evaluation suites score it honestly: it finds what the rules find, and its placeholders are false positives.
 */
final class DemoReview {

    /** The sentence a review prompt asks for findings with (dev.designassistant.review.ReviewInstruction). */
    static final String FORMAT_SENTENCE = "Reply with a single JSON object that conforms to this JSON schema";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CHECKLIST = Pattern.compile("(?m)^Checklist items\\b.*\\R((?:- .+\\R?)+)");
    private static final Pattern FILE = Pattern.compile("(?m)^==> (.+?) <==\\s*$");
    private static final String NOTE_RULE = " (Found by a simple rule of Design Assistant's built-in demo model, "
            + "which reads the code only line by line.)";
    private static final String NOTE = " This finding comes from Design Assistant's built-in demo model, which does "
            + "not read the code: it only shows the shape of a review.";

    private DemoReview() {
    }

    /** Whether the prompt asks for review findings. */
    static boolean isReview(String prompt) {
        return prompt.contains(FORMAT_SENTENCE);
    }

    /** The findings JSON for the review prompt. */
    static String findings(String prompt) {
        List<String> items = checklist(prompt);
        Optional<String> file = firstFile(prompt);
        ObjectNode reply = JSON.createObjectNode();
        ArrayNode findings = reply.putArray("findings");
        List<DemoRules.Hit> hits = file.isPresent() ? DemoRules.hits(code(prompt), items) : List.of();
        for (DemoRules.Hit hit : hits) {
            findings.add(finding("major", hit.title(), file, hit.line(), hit.explanation() + NOTE_RULE, hit.fix(),
                    hit.item()));
        }
        if (hits.isEmpty() && !items.isEmpty()) {
            findings.add(finding("major", "Demo finding: verify " + lowerFirst(items.get(0)), file, 1,
                    "A real model would check " + lowerFirst(items.get(0)) + " here." + NOTE,
                    "Set ASSISTANT_LLM_BASE_URL (and ASSISTANT_LLM_API_KEY) to review with a real model.", items.get(0)));
            String last = items.get(items.size() - 1);
            findings.add(finding("minor", "Demo finding: verify " + lowerFirst(last), file, 2,
                    "A real model would check " + lowerFirst(last) + " here." + NOTE,
                    "Nothing to change for the demo; run the review against a real model.", last));
        }
        return reply.toString();
    }

    private static ObjectNode finding(String severity, String title, Optional<String> file, int line,
                                      String explanation, String fix, String item) {
        ObjectNode finding = JSON.createObjectNode().put("severity", severity).put("title", title);
        file.ifPresent(f -> finding.putObject("location").put("file", f).put("startLine", line).put("endLine", line));
        return finding.put("explanation", explanation).put("suggestedFix", fix).put("checklistItem", item);
    }

    private static List<String> checklist(String prompt) {
        Matcher m = CHECKLIST.matcher(prompt);
        String block = null;
        while (m.find()) {
            block = m.group(1); // the last list: a correction repeats the instruction after the problems
        }
        return block == null ? List.of() : block.lines().map(l -> l.substring(2).strip()).filter(l -> !l.isEmpty()).toList();
    }

    /** The first file's lines, from the line after its "==> path <==" to the end of its code block. */
    private static List<String> code(String prompt) {
        Matcher m = FILE.matcher(prompt);
        if (!m.find()) {
            return List.of();
        }
        List<String> lines = new java.util.ArrayList<>();
        for (String line : prompt.substring(m.end()).replaceFirst("^\\R", "").split("\\R", -1)) {
            if (line.startsWith("```") || line.startsWith("==> ")) {
                break;
            }
            lines.add(line);
        }
        return lines;
    }

    private static Optional<String> firstFile(String prompt) {
        Matcher m = FILE.matcher(prompt);
        return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
