package dev.designassistant.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The JSON schema a review's reply must match: {@code review/findings.schema.json} with {@code checklistItem}
 * narrowed to the template's own checklist, so a finding always names an item the SARIF rules know.
 */
public final class FindingsSchema {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final JsonNode BASE = load();

    private final ObjectNode schema;
    private final JsonSchema validator;

    private FindingsSchema(ObjectNode schema) {
        this.schema = schema;
        this.validator = FACTORY.getSchema(schema);
    }

    /** The schema for a template's checklist. */
    public static FindingsSchema forChecklist(ReviewChecklist checklist) {
        ObjectNode schema = BASE.deepCopy();
        ObjectNode item = (ObjectNode) schema.at("/properties/findings/items/properties/checklistItem");
        checklist.texts().forEach(item.putArray("enum")::add);
        return new FindingsSchema(schema);
    }

    /** The schema as JSON text, for the prompt. */
    public String text() {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every way the reply fails the schema ("$.findings[0].severity: does not have a value in the enumeration …"). */
    public List<String> problems(JsonNode reply) {
        return validator.validate(reply).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    private static JsonNode load() {
        try (InputStream in = FindingsSchema.class.getClassLoader().getResourceAsStream("review/findings.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("review/findings.schema.json is missing from the build");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
