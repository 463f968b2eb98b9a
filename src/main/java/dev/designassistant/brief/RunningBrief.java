package dev.designassistant.brief;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A brief stored as a session whose chain now runs (was {@code AcceptedBrief}); {@code chain} completes when the
 * chain stops. The HTTP answers made of it are {@link BriefAccepted} (202) and {@link BriefAnswered} (200).
 */
public record RunningBrief(String sessionId, RenderedBrief brief, String model, List<String> followUps,
                           CompletableFuture<Void> chain) {
}
