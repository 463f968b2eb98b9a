package dev.designassistant.mcp;

import dev.designassistant.catalog.Catalog;
import dev.designassistant.catalog.PromptTemplate;
import dev.designassistant.report.ReportFormat;
import dev.designassistant.review.ReviewTemplates;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The tools' input schemas (JSON Schema), the template parameters' taken from the catalog. */
@ApplicationScoped
public class ToolSchemas {

    private final Catalog catalog;
    private final ReviewTemplates reviews;

    public ToolSchemas(Catalog catalog, ReviewTemplates reviews) {
        this.catalog = catalog;
        this.reviews = reviews;
    }

    Map<String, Object> runBrief() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("template", Map.of("type", "string", "enum", templateIds(false),
                "description", "The template's id (each is also an MCP prompt of the same name)."));
        properties.put("parameters", parameters(false));
        properties.put("followUps", Map.of("description", "true (default): the template's follow-up questions after "
                + "the design answer; false: the design answer only; or a list of follow-up ids or questions.",
                "anyOf", List.of(Map.of("type", "boolean"), Map.of("type", "array", "items", Map.of("type", "string")))));
        properties.put("model", model());
        properties.put("failure", Map.of("type", "string", "description",
                "The failure the \"What happens if ...?\" follow-up asks about; derived from the brief if absent."));
        return object(properties, List.of("template", "parameters"));
    }

    Map<String, Object> askFollowUp() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("sessionId", sessionId());
        properties.put("question", Map.of("type", "string", "minLength", 1, "maxLength", 20_000,
                "description", "The question, asked in the session's conversation (it knows the brief and answers)."));
        return object(properties, List.of("sessionId", "question"));
    }

    Map<String, Object> reviewCode() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("template", Map.of("type", "string", "enum", templateIds(true),
                "description", "The code-review template."));
        properties.put("code", Map.of("type", "string", "description", "The code to review (or give files)."));
        properties.put("files", Map.of("type", "array", "description", "The files to review (or give code).",
                "items", object(Map.of("path", Map.of("type", "string"), "content", Map.of("type", "string")),
                        List.of("path", "content"))));
        properties.put("language", Map.of("type", "string", "description", "The code's language, e.g. java."));
        properties.put("parameters", parameters(true));
        properties.put("model", model());
        return object(properties, List.of("template"));
    }

    Map<String, Object> getReport() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("sessionId", sessionId());
        properties.put("format", Map.of("type", "string", "default", "markdown", "description",
                "markdown (default), html, json, or sarif (code reviews only).",
                "enum", Arrays.stream(ReportFormat.values()).map(f -> f.id().toLowerCase(Locale.ROOT)).toList()));
        return object(properties, List.of("sessionId"));
    }

    private Map<String, Object> parameters(boolean reviewsOnly) {
        return Map.of("type", "object", "description", (reviewsOnly
                ? "The template's other parameters (code and language can be given above)."
                : "The template's parameters, by name.")
                + " Each template's parameters are its prompt's arguments and its resource designassistant://templates/{id}.");
    }

    private List<String> templateIds(boolean reviewsOnly) {
        return catalog.templates().stream().filter(t -> !reviewsOnly || reviews.find(t.id()).isPresent())
                .map(PromptTemplate::id).toList();
    }

    private static Map<String, Object> model() {
        return Map.of("type", "string", "description", "A configured model's name; the default model if absent.");
    }

    private static Map<String, Object> sessionId() {
        return Map.of("type", "string", "description", "A session id, as run_brief or review_code returned it.");
    }

    private static Map<String, Object> object(Map<String, Object> properties, List<String> required) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        schema.put("required", required);
        return schema;
    }
}
