package dev.designassistant.mcp;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.designassistant.catalog.Catalog;
import dev.designassistant.catalog.ParameterSchemas;
import dev.designassistant.catalog.PromptTemplate;
import dev.designassistant.report.ReportFormat;
import dev.designassistant.review.ReviewTemplates;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The tools' input schemas (JSON Schema 2020-12); a template's parameters are checked by its own schema. */
@ApplicationScoped
public class ToolSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final Catalog catalog;
    private final ReviewTemplates reviews;
    private final ParameterSchemas parameterSchemas;

    public ToolSchemas(Catalog catalog, ReviewTemplates reviews, ParameterSchemas parameterSchemas) {
        this.catalog = catalog;
        this.reviews = reviews;
        this.parameterSchemas = parameterSchemas;
    }

    Map<String, Object> runBrief() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("template", Map.of("type", "string", "enum", templateIds(false),
                "description", "The template's id (each is also an MCP prompt of the same name)."));
        properties.put("parameters", parameters(false));
        properties.put("followUps", Map.of("description", "true (default): the template's follow-up questions after "
                + "the design answer; false: the design answer only; or a list of follow-up ids or questions.",
                "anyOf", List.of(Map.of("type", "boolean"), Map.of("type", "array", "items", Map.of("type", "string")))));
        properties.put("consistency", Map.of("type", "boolean", "description", "Whether the chain ends with the "
                + "consistency ledger (every answer checked against the others); absent: when the chain has follow-ups."));
        properties.put("model", model());
        properties.put("failure", Map.of("type", "string", "description",
                "The failure the \"What happens if ...?\" follow-up asks about; derived from the brief if absent."));
        return withParameterSchemas(object(properties, List.of("template", "parameters")), false);
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
        return withParameterSchemas(object(properties, List.of("template")), true);
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
                ? "The template's other parameters (code and language are given above)."
                : "The template's parameters, by name.")
                + " Their schema is the chosen template's in $defs (the same as GET /api/templates/{id}/schema).");
    }

    /**
     * The schema with each template's parameter schema in {@code $defs} and a rule per template: when
     * {@code template} is that one, {@code parameters} must match its schema.
     */
    private Map<String, Object> withParameterSchemas(Map<String, Object> schema, boolean reviewsOnly) {
        Map<String, Object> defs = new LinkedHashMap<>();
        List<Object> rules = new ArrayList<>();
        for (PromptTemplate template : catalog.templates()) {
            if (reviewsOnly && reviews.find(template.id()).isEmpty()) {
                continue;
            }
            ObjectNode parameters = parameterSchemas.schemaOf(template);
            parameters.remove(List.of("$schema", "$id", "examples")); // nested: the tool schema's dialect; no bulk
            if (reviewsOnly) {
                withoutGivenAbove(parameters);
            }
            defs.put(template.id(), JSON.convertValue(parameters, MAP));
            rules.add(Map.of("if", Map.of("properties", Map.of("template", Map.of("const", template.id())),
                            "required", List.of("template")),
                    "then", Map.of("properties", Map.of("parameters", Map.of("$ref", "#/$defs/" + template.id())))));
        }
        schema.put("$defs", defs);
        schema.put("allOf", rules);
        return schema;
    }

    /** A review's code and language are arguments of their own, not among its other parameters. */
    private static void withoutGivenAbove(ObjectNode parameters) {
        ObjectNode properties = (ObjectNode) parameters.get("properties");
        properties.remove(List.of("code", "language"));
        ArrayNode required = (ArrayNode) parameters.get("required");
        for (int i = required.size() - 1; i >= 0; i--) {
            if (List.of("code", "language").contains(required.get(i).asText())) {
                required.remove(i);
            }
        }
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
