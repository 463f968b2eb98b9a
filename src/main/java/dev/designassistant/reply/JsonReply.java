package dev.designassistant.reply;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A model's reply read as one JSON value, before any schema: the value, or why the reply is none. A reply wrapped in
 * one Markdown code fence is accepted (models add one however firmly told not to); anything else around the JSON is
 * not ("{…} Hope this helps!" is no JSON reply). Shared by a review's findings and the consistency ledger.
 *
 * @param value   the value read; null when the reply is none
 * @param problem why the reply is no JSON value; null when it is one
 */
public record JsonReply(JsonNode value, String problem) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Pattern FENCED = Pattern.compile("(?s)^```[A-Za-z]*\\s*\\n(.*?)\\n?```$");

    /** Reads the reply. */
    public static JsonReply read(String reply) {
        String text = reply == null ? "" : reply.strip();
        Matcher fenced = FENCED.matcher(text);
        text = fenced.matches() ? fenced.group(1).strip() : text;
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return new JsonReply(null, "the reply is not JSON: " + e.getOriginalMessage());
        }
        if (node == null || node.isMissingNode()) {
            return new JsonReply(null, "the reply is empty; expected a JSON object");
        }
        return new JsonReply(node, null);
    }

    /** A part of a conforming reply as a record; fields the record does not have are left out. */
    public static <T> T convert(JsonNode node, Class<T> type) {
        return JSON.convertValue(node, type);
    }

    /** Whether the reply is one JSON value. */
    public boolean isJson() {
        return value != null;
    }
}
