package dev.designassistant.revision;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Body of {@code POST /api/sessions/{id}/revisions}.
 *
 * @param parameters the parameters to change; {@code null} as a value removes an optional parameter, the others
 *                   are kept as they were
 * @param followUps  as for a brief; default {@code true}
 * @param model      a configured model; default the earlier session's model
 * @param failure    as for a brief
 */
public record RevisionRequest(JsonNode parameters, JsonNode followUps, String model, String failure) {
}
