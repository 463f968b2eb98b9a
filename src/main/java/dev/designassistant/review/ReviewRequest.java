package dev.designassistant.review;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Body of {@code POST /api/reviews}.
 *
 * @param template   a section-8 template: pattern-code-review, saga-code-review or circuit-breaker-review
 * @param parameters the template's parameters (code, language, config…)
 * @param model      a configured model name; absent for the default model
 */
public record ReviewRequest(String template, JsonNode parameters, String model) {
}
