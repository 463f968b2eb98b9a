package dev.designassistant.session;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What one client spent on one model over a period: LLM answers stored, and the tokens the LLM counted for those it
 * gave (answers from the response cache are counted in {@code cachedRequests} and spent nothing).
 *
 * @param cost what the answers cost at the configured prices; null when no prices are set
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModelUsage(String model, long requests, long inputTokens, long outputTokens, long cachedRequests,
                         Double cost) {

    public long tokens() {
        return inputTokens + outputTokens;
    }
}
