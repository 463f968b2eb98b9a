package dev.designassistant.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.designassistant.catalog.Catalog;
import dev.designassistant.catalog.ParameterSchemas;
import dev.designassistant.catalog.PromptTemplate;
import io.quarkus.arc.Arc;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Completes the hand-written API description ({@code META-INF/openapi.yaml}) with the catalog: each template's
 * parameter schema ({@code components/schemas/parameters.<id>}, the same as {@code GET /api/templates/{id}/schema}),
 * a brief's and a review's body as one alternative per template, and an example request per template.
 * Run when the document is asked for, not at start: at start it was a quarter of a command's start-up (the review
 * and MCP commands never serve the document), and per request it also shows a reloaded catalog.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_PER_REQUEST)
public class OpenApiCatalog implements OASFilter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CODE_REVIEW = "code-review";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Catalog catalog = Arc.container().instance(Catalog.class).get();
        ParameterSchemas schemas = Arc.container().instance(ParameterSchemas.class).get();
        org.eclipse.microprofile.openapi.models.Components components = openAPI.getComponents();
        for (PromptTemplate template : catalog.templates()) {
            ObjectNode schema = schemas.schemaOf(template);
            schema.remove("$schema"); // the document's dialect is 2020-12 already
            schema.remove("$id");
            components.addSchema(parametersName(template), schema(schema));
        }
        List<PromptTemplate> all = List.copyOf(catalog.templates());
        components.addSchema("BriefRequest", alternatives(all, true,
                "A brief: the template and its parameters (one alternative per template), the model, the follow-ups."));
        List<PromptTemplate> reviews = all.stream().filter(isReview()).toList();
        components.addSchema("ReviewRequest", alternatives(reviews, false,
                "A code review: a code-review template and its parameters (one alternative per template), the model."));
        examples(operation(openAPI, "/api/briefs"), all, true);
        examples(operation(openAPI, "/api/reviews"), reviews, false);
    }

    private static Predicate<PromptTemplate> isReview() {
        return t -> CODE_REVIEW.equals(t.category());
    }

    private static String parametersName(PromptTemplate template) {
        return "parameters." + template.id();
    }

    /** One object schema per template, each with its own parameters' schema. */
    private static Schema alternatives(List<PromptTemplate> templates, boolean brief, String description) {
        List<Schema> oneOf = new ArrayList<>();
        for (PromptTemplate template : templates) {
            Map<String, Schema> properties = new LinkedHashMap<>();
            properties.put("template", OASFactory.createSchema().constValue(template.id()));
            properties.put("parameters", OASFactory.createSchema().ref(parametersName(template)));
            properties.put("model", OASFactory.createSchema().ref("BriefModel"));
            if (brief) {
                properties.put("followUps", OASFactory.createSchema().ref("FollowUps"));
                properties.put("failure", OASFactory.createSchema().ref("Failure"));
                properties.put("consistency", OASFactory.createSchema().ref("Consistency"));
            }
            List<String> required = new ArrayList<>(List.of("template"));
            if (template.parameters().stream().anyMatch(p -> p.required())) {
                required.add("parameters");
            }
            oneOf.add(OASFactory.createSchema().title(template.title())
                    .addType(Schema.SchemaType.OBJECT).additionalPropertiesSchema(OASFactory.createSchema().booleanSchema(false))
                    .required(required).properties(properties));
        }
        return OASFactory.createSchema().description(description).oneOf(oneOf);
    }

    /** A request example per template: its example parameters (a brief without follow-ups, to be quick). */
    private static void examples(Operation operation, List<PromptTemplate> templates, boolean brief) {
        MediaType json = operation.getRequestBody().getContent().getMediaType("application/json");
        for (PromptTemplate template : templates) {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("template", template.id());
            value.put("parameters", JSON.convertValue(template.examples(), Map.class));
            if (brief) {
                value.put("followUps", false);
            }
            Example example = OASFactory.createExample().summary(template.title()).value(value);
            json.addExample(template.id(), example);
        }
    }

    private static Operation operation(OpenAPI openAPI, String path) {
        return openAPI.getPaths().getPathItem(path).getPOST();
    }

    /** The JSON Schema as the OpenAPI model's schema: nested schemas as schemas, every other keyword as it is. */
    private static Schema schema(JsonNode node) {
        Schema schema = OASFactory.createSchema();
        node.properties().forEach(e -> {
            JsonNode value = e.getValue();
            switch (e.getKey()) {
                case "properties" -> {
                    Map<String, Schema> properties = new LinkedHashMap<>();
                    value.properties().forEach(p -> properties.put(p.getKey(), schema(p.getValue())));
                    schema.setProperties(properties);
                }
                case "items" -> schema.setItems(schema(value));
                case "additionalProperties" -> schema.setAdditionalPropertiesSchema(
                        OASFactory.createSchema().booleanSchema(value.asBoolean()));
                case "type" -> schema.addType(Schema.SchemaType.valueOf(value.asText().toUpperCase()));
                default -> schema.set(e.getKey(), JSON.convertValue(value, Object.class));
            }
        });
        return schema;
    }
}
