package dev.designassistant.chain;

/** Body of {@code POST /api/sessions/{id}/messages}: a user's own follow-up question. */
public record AskRequest(String content) {
}
