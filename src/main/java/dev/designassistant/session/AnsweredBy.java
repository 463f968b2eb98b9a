package dev.designassistant.session;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The model that answered a step, as events, review results and SARIF carry it: its configured name, the upstream's
 * model id, why it stopped ({@code length} = cut off, also said by {@code truncated}), the model asked first when a
 * fallback answered, and whether the answer came from the response cache.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AnsweredBy(String model, String modelId, String finishReason, boolean truncated, String fallbackFrom,
                         boolean cached) {
}
