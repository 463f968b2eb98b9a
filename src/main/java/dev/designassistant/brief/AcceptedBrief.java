package dev.designassistant.brief;

import java.util.List;

/** A brief stored as a session whose chain now runs. */
public record AcceptedBrief(String sessionId, RenderedBrief brief, String model, List<String> followUps) {
}
