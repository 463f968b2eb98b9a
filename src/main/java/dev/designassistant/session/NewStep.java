package dev.designassistant.session;

/** A question to store as a step of a new session. */
public record NewStep(StepKind kind, String question) {
}
