package dev.designassistant.mcp;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
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

    /**
     * {@code estimate_brief}: the same arguments as {@code run_brief}, whose schema states each template's parameters;
     * repeating them here would double {@code tools/list}.
     */
    Map<String, Object> estimateBrief() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("template", Map.of("type", "string", "description", "A template's id, as for run_brief."));
        properties.put("parameters", Map.of("type", "object", "description", "The template's parameters, as for "
                + "run_brief (whose schema has them per template)."));
        properties.put("followUps", Map.of("anyOf", List.of(Map.of("type", "boolean"),
                Map.of("type", "array", "items", Map.of("type", "string")))));
        properties.put("consistency", Map.of("type", "boolean"));
        properties.put("model", Map.of("type", "string"));
        properties.put("failure", Map.of("type", "string"));
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
        properties.put("language", Map.of("type", "string", "description", "The code's language, e.g. java; "
                + "required with code, from the first file's extension with files (as the CI command)."));
        properties.put("parameters", parameters(true));
        properties.put("model", model());
        Map<String, Object> schema = withParameterSchemas(object(properties, List.of("template")), true);
        // code with its language, or files (whose language is known from their names); never both
        schema.put("allOf", List.of(Map.of("anyOf", List.of(Map.of("required", List.of("code", "language")),
                        Map.of("required", List.of("files")))),
                Map.of("not", Map.of("required", List.of("code", "files")))));
        return schema;
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
                + " Their schema is the chosen template's alternative below; the prompt of the same name describes"
                + " each, with an example.");
    }

    /**
     * The schema with one alternative per template: {@code template} is that one and {@code parameters} match its
     * parameters (and are given, for a review template that requires any). A template's parameters are its JSON
     * Schema (GET /api/templates/{id}/schema) without what the prompt of the same name already tells a client
     * (titles, help texts, examples); a constraint that several parameters share (a required line of up to 500
     * characters, a list of them...) is in {@code $defs} once and referred to. So the whole {@code tools/list} stays
     * small enough for a client to take in (under 20 KB: McpHttpTest) and still says what each template takes.
     */
    private Map<String, Object> withParameterSchemas(Map<String, Object> schema, boolean reviewsOnly) {
        Map<String, ObjectNode> templates = new LinkedHashMap<>();
        for (PromptTemplate template : catalog.templates()) {
            if (reviewsOnly && reviews.find(template.id()).isEmpty()) {
                continue;
            }
            ObjectNode parameters = parameterSchemas.schemaOf(template);
            parameters.remove(List.of("$schema", "$id", "examples", "title", "description", "type"));
            if (reviewsOnly) {
                withoutGivenAbove(parameters);
            }
            templates.put(template.id(), parameters);
        }
        Shared shared = Shared.among(templates.values());
        List<Object> alternatives = new ArrayList<>();
        templates.forEach((id, parameters) -> {
            shared.referTo(parameters);
            Map<String, Object> alternative = new LinkedHashMap<>();
            alternative.put("properties", Map.of("template", Map.of("const", id),
                    "parameters", JSON.convertValue(parameters, MAP)));
            if (reviewsOnly && !parameters.path("required").isEmpty()) {
                alternative.put("required", List.of("parameters"));
            }
            alternatives.add(alternative);
        });
        schema.put("$defs", shared.defs());
        schema.put("oneOf", alternatives);
        return schema;
    }

    /** The constraints that two or more parameters have, each once in {@code $defs}. */
    private record Shared(Map<String, String> names, Map<String, Object> defs) {

        /** What a parameter's schema says that the prompt of the same name says too. */
        private static final List<String> ANNOTATIONS = List.of("title", "description", "examples",
                "x-parameter-type", "x-role");

        /** Takes the annotations out of every parameter and names each constraint that occurs more than once. */
        static Shared among(Iterable<ObjectNode> parameterSchemas) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            parameterSchemas.forEach(p -> constraints(p, c -> counts.merge(c.toString(), 1, Integer::sum)));
            Shared shared = new Shared(new LinkedHashMap<>(), new LinkedHashMap<>());
            counts.forEach((text, count) -> {
                if (count > 1) {
                    try {
                        JsonNode constraint = JSON.readTree(text);
                        // short names (s1: a string, a2: an array, e3: an enum, n4: a number): each is referred to
                        // by many parameters, and tools/list has a size to keep
                        String name = constraint.path("type").asText("enum").charAt(0) + ""
                                + (shared.names.size() + 1);
                        shared.names.put(text, name);
                        shared.defs.put(name, JSON.convertValue(constraint, MAP));
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException("a schema's own text", e);
                    }
                }
            });
            return shared;
        }

        /** Each shared constraint of these parameters as a reference to its {@code $defs} entry. */
        void referTo(ObjectNode parameters) {
            ObjectNode properties = (ObjectNode) parameters.get("properties");
            properties.properties().forEach(p -> {
                String name = names.get(p.getValue().toString());
                if (name != null) {
                    p.setValue(JSON.createObjectNode().put("$ref", "#/$defs/" + name));
                } else if (p.getValue().get("items") instanceof ObjectNode items && items.has("properties")) {
                    referTo(items);
                }
            });
        }

        /**
         * Visits each parameter's constraints (items' fields first), without its annotations and without what goes
         * without saying: the type beside an enum of strings, a number's bounds that are a double's own.
         */
        private static void constraints(ObjectNode parameters, java.util.function.Consumer<ObjectNode> visit) {
            parameters.get("properties").forEach(property -> {
                ObjectNode constraint = (ObjectNode) property;
                constraint.remove(ANNOTATIONS);
                if (constraint.has("enum")) {
                    constraint.remove("type");
                }
                if (constraint.path("minimum").asDouble() == -Double.MAX_VALUE) {
                    constraint.remove("minimum");
                }
                if (constraint.path("maximum").asDouble() == Double.MAX_VALUE) {
                    constraint.remove("maximum");
                }
                if (constraint.get("items") instanceof ObjectNode items) {
                    if (items.has("properties")) {
                        constraints(items, visit);
                    } else {
                        items.remove(ANNOTATIONS);
                    }
                }
                visit.accept(constraint);
            });
        }
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

    Map<String, Object> runEval() {
        Map<String, Object> properties = new LinkedHashMap<>();
        Map<String, Object> names = Map.of("type", "string");
        properties.put("suites", Map.of("type", "array", "items", names, "description",
                "Suites of the service's evals/ folder (file names without .yaml); all if absent."));
        properties.put("models", Map.of("type", "array", "items", names, "description",
                "Configured model names to compare; the default model if absent."));
        properties.put("cases", Map.of("type", "array", "items", names, "description", "Only these case ids."));
        properties.put("repeat", Map.of("type", "integer", "minimum", 1, "maximum", 10, "description",
                "Times each case is asked of each model (default 1), to see the spread."));
        properties.put("maxCost", Map.of("type", "number", "minimum", 0, "description",
                "US dollars the run may spend: it stops before a case that would pass it (models need a price)."));
        return object(properties, List.of());
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
