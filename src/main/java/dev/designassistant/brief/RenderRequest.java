package dev.designassistant.brief;

import com.fasterxml.jackson.databind.JsonNode;

/** Body of {@code POST /api/templates/{id}/render}. */
public record RenderRequest(JsonNode parameters) {
}
