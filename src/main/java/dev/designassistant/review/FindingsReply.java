package dev.designassistant.review;

import dev.designassistant.reply.JsonReply;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An LLM's reply to a review, read as findings: the findings (worst first) when it matches the schema, else every
 * problem with it. A reply wrapped in one Markdown code fence is accepted; anything else around the JSON is not
 * ({@link JsonReply}).
 */
public record FindingsReply(List<Finding> findings, List<String> problems) {

    /** Reads the reply against the schema. */
    public static FindingsReply read(String reply, FindingsSchema schema) {
        JsonReply json = JsonReply.read(reply);
        if (!json.isJson()) {
            return new FindingsReply(List.of(), List.of(json.problem()));
        }
        List<String> problems = schema.problems(json.value());
        if (!problems.isEmpty()) {
            return new FindingsReply(List.of(), problems);
        }
        List<Finding> findings = new ArrayList<>();
        json.value().get("findings").forEach(f -> findings.add(JsonReply.convert(f, Finding.class)));
        findings.sort(Comparator.comparing(Finding::severity)); // stable: the LLM's order within a severity
        return new FindingsReply(List.copyOf(findings), List.of());
    }

    /** Whether the reply matched the schema. */
    public boolean conforms() {
        return problems.isEmpty();
    }
}
