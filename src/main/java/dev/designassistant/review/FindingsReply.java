package dev.designassistant.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An LLM's reply to a review, read as findings: the findings (worst first) when it matches the schema, else every
 * problem with it. A reply wrapped in one Markdown code fence is accepted (models add one however firmly told not
 * to); anything else around the JSON is not.
 */
public record FindingsReply(List<Finding> findings, List<String> problems) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS); // "{…} Hope this helps!" is not conforming
    private static final Pattern FENCED = Pattern.compile("(?s)^```[A-Za-z]*\\s*\\n(.*?)\\n?```$");

    /** Reads the reply against the schema. */
    public static FindingsReply read(String reply, FindingsSchema schema) {
        String text = unfenced(reply == null ? "" : reply.strip());
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return invalid("the reply is not JSON: " + e.getOriginalMessage());
        }
        if (node == null || node.isMissingNode()) {
            return invalid("the reply is empty; expected a JSON object");
        }
        List<String> problems = schema.problems(node);
        if (!problems.isEmpty()) {
            return new FindingsReply(List.of(), problems);
        }
        List<Finding> findings = new ArrayList<>();
        node.get("findings").forEach(f -> findings.add(JSON.convertValue(f, Finding.class)));
        findings.sort(Comparator.comparing(Finding::severity)); // stable: the LLM's order within a severity
        return new FindingsReply(List.copyOf(findings), List.of());
    }

    /** Whether the reply matched the schema. */
    public boolean conforms() {
        return problems.isEmpty();
    }

    private static FindingsReply invalid(String problem) {
        return new FindingsReply(List.of(), List.of(problem));
    }

    private static String unfenced(String text) {
        Matcher m = FENCED.matcher(text);
        return m.matches() ? m.group(1).strip() : text;
    }
}
