package dev.designassistant.brief;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A brief stored as a session whose chain now runs; {@code chain} completes when the chain stops. */
public record AcceptedBrief(String sessionId, RenderedBrief brief, String model, List<String> followUps,
                            CompletableFuture<Void> chain) {
}
