package dev.designassistant.chain;

import dev.designassistant.session.Session;

import java.time.Instant;

/** One line of {@code GET /api/sessions}. */
public record SessionSummary(String id, String templateId, String model, Instant createdAt, Instant updatedAt) {

    static SessionSummary of(Session s) {
        return new SessionSummary(s.id(), s.templateId(), s.model(), s.createdAt(), s.updatedAt());
    }
}
