package dev.designassistant.session;

import java.time.Instant;

/**
 * An answer in the response cache, under the key of the call that got it.
 *
 * @param key       SHA-256 (hex) of the call: scope, configured model, upstream model id, sampling, messages
 * @param model     the configured model that answered
 * @param modelId   the upstream's model id of the answer
 * @param expiresAt after this it is never read again
 */
public record CachedAnswer(String key, String model, String modelId, String content, String finishReason,
                           Integer inputTokens, Integer outputTokens, Instant createdAt, Instant expiresAt) {
}
