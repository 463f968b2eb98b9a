package dev.designassistant.brief;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;

/**
 * Body of {@code POST /api/briefs}.
 *
 * @param template   the template id
 * @param parameters the template's parameters, by name
 * @param model      the configured model to ask; null = the default model
 * @param followUps  the follow-up chain to run; accepted and not yet used (the chain comes in its own issue)
 */
public record BriefRequest(
        @NotBlank(message = "is required: the id of a template (GET /api/templates)") String template,
        JsonNode parameters,
        String model,
        JsonNode followUps) {
}
