package dev.designassistant.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The JSON schema a ledger reply must match ({@code ledger/ledger.schema.json}), as reviews check findings. */
final class LedgerSchema {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode SCHEMA = load();
    private static final JsonSchema VALIDATOR = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(SCHEMA);

    private LedgerSchema() {
    }

    /** The schema as JSON text, for the prompt. */
    static String text() {
        return SCHEMA.toPrettyString();
    }

    /** Every way the reply fails the schema. */
    static List<String> problems(JsonNode reply) {
        return VALIDATOR.validate(reply).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    private static JsonNode load() {
        try (InputStream in = LedgerSchema.class.getClassLoader().getResourceAsStream("ledger/ledger.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("ledger/ledger.schema.json is missing from the build");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
