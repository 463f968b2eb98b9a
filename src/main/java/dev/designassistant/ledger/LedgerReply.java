package dev.designassistant.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A model's reply to the ledger question, read against the schema: the ledger when it conforms, else every problem
 * with it. Like a review's findings, a reply in one Markdown code fence is accepted, anything else around the JSON
 * is not.
 */
public record LedgerReply(Optional<Ledger> ledger, List<String> problems) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Pattern FENCED = Pattern.compile("(?s)^```[A-Za-z]*\\s*\\n(.*?)\\n?```$");

    /** Reads the reply. */
    public static LedgerReply read(String reply) {
        String text = reply == null ? "" : reply.strip();
        Matcher fenced = FENCED.matcher(text);
        text = fenced.matches() ? fenced.group(1).strip() : text;
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return invalid("the reply is not JSON: " + e.getOriginalMessage());
        }
        if (node == null || node.isMissingNode()) {
            return invalid("the reply is empty; expected a JSON object");
        }
        List<String> problems = LedgerSchema.problems(node);
        return problems.isEmpty() ? new LedgerReply(Optional.of(JSON.convertValue(node, Ledger.class)), List.of())
                : new LedgerReply(Optional.empty(), problems);
    }

    /** Whether the reply matched the schema. */
    public boolean conforms() {
        return ledger.isPresent();
    }

    private static LedgerReply invalid(String problem) {
        return new LedgerReply(Optional.empty(), List.of(problem));
    }
}
