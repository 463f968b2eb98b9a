package dev.designassistant.session;

import java.time.Instant;

/**
 * A stored brief: what was asked (template, its content hash, parameters as JSON) and by whom.
 *
 * @param parameters the validated parameters, as JSON text
 * @param warnings   the lint warnings, as JSON text
 */
public record Session(String id, String owner, String templateId, String templateHash, String parameters,
                      String warnings, String model, Instant createdAt, Instant updatedAt) {
}
