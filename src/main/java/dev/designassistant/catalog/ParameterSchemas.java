package dev.designassistant.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A template's parameters as a JSON Schema (draft 2020-12): the one description of a brief's parameters that
 * the web page's forms, the OpenAPI document, the MCP tools and any client use. It states the rules
 * {@link ParameterValidator} applies; the differences that JSON Schema cannot state are listed in the README
 * ("Parameter schemas") and pinned by {@code ParameterSchemasTest}.
 *
 * <p>Built once per template as loaded (a reloaded catalog gets fresh schemas); every call returns a copy, so a
 * caller may change what it gets.
 */
@ApplicationScoped
public class ParameterSchemas {

    /** The media type the schemas are served as. */
    public static final String MEDIA_TYPE = "application/schema+json";

    static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    /** Characters a single-line string may hold: no control character but tab (see {@link Values#unsafeCharacter}). */
    private static final String LINE_CHARACTERS = "[^\\u0000-\\u0008\\u000A-\\u001F\\u007F]";
    /** Characters a text may hold: tab and line breaks, no other control character. */
    private static final String TEXT_CHARACTERS = "[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]";
    /** A character that is not white space as Java's {@link String#isBlank()} sees it. */
    private static final String VISIBLE = "[^\\u0009-\\u000D\\u001C-\\u0020\\u1680\\u2000-\\u2006\\u2008-\\u200A"
            + "\\u2028\\u2029\\u205F\\u3000]";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Map<String, Built> built = new ConcurrentHashMap<>();

    private record Built(PromptTemplate template, ObjectNode schema) {
    }

    /** The JSON Schema of the template's parameters object. */
    public ObjectNode schemaOf(PromptTemplate template) {
        Built cached = built.get(template.id());
        if (cached == null || cached.template() != template) {
            cached = new Built(template, build(template));
            built.put(template.id(), cached);
        }
        return cached.schema().deepCopy();
    }

    private static ObjectNode build(PromptTemplate template) {
        ObjectNode schema = NODES.objectNode();
        schema.put("$schema", DIALECT);
        schema.put("$id", "urn:design-assistant:template:" + template.id());
        schema.put("title", template.title());
        if (template.description() != null) {
            schema.put("description", template.description());
        }
        object(schema, template.parameters());
        ObjectNode example = schema.putArray("examples").addObject();
        template.parameters().forEach(p -> example.set(p.name(), JSON.valueToTree(p.example())));
        return schema;
    }

    /** The object keywords for a set of parameters (the whole parameters object, or one item of an object-list). */
    private static void object(ObjectNode schema, List<ParameterSpec> specs) {
        schema.put("type", "object");
        schema.put("additionalProperties", false);
        ArrayNode required = schema.putArray("required");
        specs.stream().filter(ParameterSpec::required).forEach(p -> required.add(p.name()));
        ObjectNode properties = schema.putObject("properties");
        specs.forEach(p -> properties.set(p.name(), property(p)));
    }

    private static ObjectNode property(ParameterSpec spec) {
        ObjectNode property = NODES.objectNode();
        if (spec.label() != null) {
            property.put("title", spec.label());
        }
        if (spec.description() != null) {
            property.put("description", spec.description());
        }
        property.put("x-parameter-type", spec.type().jsonName());
        if (spec.role() != null) {
            property.put("x-role", spec.role());
        }
        switch (spec.type()) {
            case STRING, TEXT, CODE -> text(property, spec.type(), spec.required(), spec.effectiveMaxLength());
            case ENUM -> {
                property.put("type", "string");
                spec.values().forEach(property.putArray("enum")::add);
            }
            case NUMBER -> {
                property.put("type", "number");
                // without a declared bound, the service still takes only numbers a double can hold
                property.set("minimum", number(spec.min() != null ? spec.min() : -Double.MAX_VALUE));
                property.set("maximum", number(spec.max() != null ? spec.max() : Double.MAX_VALUE));
            }
            case LIST -> {
                array(property, spec);
                text(property.putObject("items"), ParameterType.STRING, true,
                        spec.maxLength() != null ? spec.maxLength() : ParameterType.STRING.defaultMaxLength());
            }
            case OBJECT_LIST -> {
                array(property, spec);
                object(property.putObject("items"), spec.fields());
            }
        }
        if (spec.example() != null) {
            property.putArray("examples").add(JSON.valueToTree(spec.example()));
        }
        return property;
    }

    /**
     * A string: its length in code points (as JSON Schema and the validator count), and a pattern for the
     * characters it may hold and, when required, for not being blank.
     */
    private static void text(ObjectNode property, ParameterType type, boolean required, int maxLength) {
        property.put("type", "string");
        if (required) {
            property.put("minLength", 1);
        }
        property.put("maxLength", maxLength);
        String characters = type == ParameterType.STRING ? LINE_CHARACTERS : TEXT_CHARACTERS;
        property.put("pattern", (required ? "^(?=[\\s\\S]*" + VISIBLE + ")" : "^") + characters + "*$");
    }

    /** 1 rather than 1.0 for a whole bound. */
    private static JsonNode number(double bound) {
        return bound == Math.rint(bound) && Math.abs(bound) < 1e15 ? NODES.numberNode((long) bound) : NODES.numberNode(bound);
    }

    private static void array(ObjectNode property, ParameterSpec spec) {
        property.put("type", "array");
        if (spec.required()) {
            property.put("minItems", 1);
        }
        property.put("maxItems", spec.effectiveMaxItems());
    }
}
