package dev.designassistant.session;

/**
 * What one client spent on one model over a period: LLM answers stored, and their tokens as the LLM counted them.
 */
public record ModelUsage(String model, long requests, long inputTokens, long outputTokens) {

    public long tokens() {
        return inputTokens + outputTokens;
    }
}
