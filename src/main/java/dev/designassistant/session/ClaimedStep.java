package dev.designassistant.session;

/** A step this instance has claimed and must now answer. */
public record ClaimedStep(String sessionId, String templateId, String model, ChainStep step) {
}
