package dev.designassistant.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The SDK's JSON Schema checks (of structured tool output) with the validator the project already uses: the SDK's
 * own adapter needs another major version of it.
 */
public final class SchemaValidator implements JsonSchemaValidator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    @Override
    public ValidationResponse validate(Map<String, Object> schema, Object structuredContent) {
        JsonNode content = JSON.valueToTree(structuredContent);
        Set<ValidationMessage> problems = FACTORY.getSchema(JSON.valueToTree(schema)).validate(content);
        if (problems.isEmpty()) {
            return ValidationResponse.asValid(content.toString());
        }
        return ValidationResponse.asInvalid(problems.stream().map(ValidationMessage::getMessage)
                .collect(Collectors.joining("; ")));
    }
}
