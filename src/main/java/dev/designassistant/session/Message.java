package dev.designassistant.session;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/**
 * One message of a session's conversation, in order; an answer says which model really gave it.
 *
 * @param seq          position in the conversation, from 1
 * @param role         {@code user} or {@code assistant}
 * @param step         the step it belongs to
 * @param model        the configured model that answered (assistant messages)
 * @param modelId      the upstream's model id of the answer ({@code gpt-4o-mini-2024-07-18})
 * @param finishReason why the model stopped ({@code stop}; {@code length}: cut off at the token limit)
 * @param truncated    whether the answer was cut off at the token limit ({@code finishReason} {@code length})
 * @param fallbackFrom the configured model asked first, when a model of its fallback list answered
 * @param skipped      the models passed over before the one that answered, and why
 * @param cached       whether the answer came from the response cache (no upstream call, nothing spent)
 * @param inputTokens  tokens the LLM read for this answer
 * @param outputTokens tokens it wrote
 * @param cost         what the answer cost at the configured prices (0 when cached); absent without prices
 * @param latencyMs    how long the answer took, retries and skipped models included
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Message(int seq, String role, String content, Integer step, String model, String modelId,
                      String finishReason, Boolean truncated, String fallbackFrom,
                      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<SkippedModel> skipped, Boolean cached,
                      Integer inputTokens, Integer outputTokens, Double cost, Long latencyMs, Instant createdAt) {

    public static final String USER = "user";
    public static final String ASSISTANT = "assistant";
    /** The finish reason of an answer cut off at the token limit. */
    public static final String LENGTH = "length";

    public Message {
        truncated = finishReason == null ? truncated : (Boolean) LENGTH.equals(finishReason);
        skipped = skipped == null ? List.of() : List.copyOf(skipped);
    }

    /** A user's (or the chain's) question. */
    public static Message question(String content, Integer step, Instant createdAt) {
        return new Message(0, USER, content, step, null, null, null, null, null, null, null, null, null, null, null,
                createdAt);
    }

    /** This message at its place in the conversation. */
    public Message at(int place) {
        return new Message(place, role, content, step, model, modelId, finishReason, truncated, fallbackFrom, skipped,
                cached, inputTokens, outputTokens, cost, latencyMs, createdAt);
    }

    /** Whether this is an answer of the model. */
    @JsonIgnore // not a field of the message: its role says it
    public boolean isAnswer() {
        return ASSISTANT.equals(role);
    }

    /** Whether the answer was cut off at the token limit. */
    public boolean cutOff() {
        return Boolean.TRUE.equals(truncated);
    }

    /** Who answered, for events and results that carry no whole message; null for a question. */
    @JsonIgnore // its parts are the message's own fields
    public AnsweredBy answeredBy() {
        return isAnswer() ? new AnsweredBy(model, modelId, finishReason, cutOff(), fallbackFrom, fromCache()) : null;
    }

    /** Whether the answer came from the response cache. */
    public boolean fromCache() {
        return Boolean.TRUE.equals(cached);
    }

    /**
     * A model passed over by a fallback list before the one that answered.
     *
     * @param model  its configured name
     * @param reason why: {@code breaker-open}, {@code timeout}, {@code rate-limited}, {@code upstream-error}, …
     */
    public record SkippedModel(String model, String reason) {

        /** The models as stored: {@code name=reason} pairs, comma-separated; null for none. */
        static String store(List<SkippedModel> skipped) {
            return skipped.isEmpty() ? null : String.join(",", skipped.stream().map(s -> s.model() + "=" + s.reason())
                    .toList());
        }

        /** The stored column read back. */
        static List<SkippedModel> read(String stored) {
            if (stored == null || stored.isBlank()) {
                return List.of();
            }
            return java.util.Arrays.stream(stored.split(",")).map(pair -> {
                int eq = pair.indexOf('=');
                return new SkippedModel(pair.substring(0, eq), pair.substring(eq + 1));
            }).toList();
        }
    }
}
