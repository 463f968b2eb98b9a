package dev.designassistant.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

/**
 * The served OpenAPI 3.1 document rewritten as OpenAPI 3.0.3 for Atlassian's swagger-request-validator, which reads
 * 3.1 but then ignores its schemas' types (checked: {@code {"n":"s"}} passes {@code type: integer} in a 3.1 document).
 * Only what the service's document uses is rewritten: {@code const} becomes a one-value {@code enum}, schema
 * {@code examples} arrays, {@code $schema}, {@code $id}, {@code contentMediaType} and {@code contentSchema} go, and
 * {@code info.summary} and {@code license.identifier} (3.1 only) go.
 */
final class OpenApi30 {

    private OpenApi30() {
    }

    static ObjectNode of(JsonNode served) {
        ObjectNode document = served.deepCopy();
        document.put("openapi", "3.0.3");
        ObjectNode info = (ObjectNode) document.get("info");
        info.remove("summary");
        if (info.get("license") instanceof ObjectNode license) {
            license.remove("identifier");
        }
        rewrite(document, false);
        return document;
    }

    /** Rewrites the node; a {@code properties} map's keys are property names, not keywords, and stay. */
    private static void rewrite(JsonNode node, boolean propertyNames) {
        if (node instanceof ArrayNode array) {
            array.forEach(n -> rewrite(n, false));
            return;
        }
        if (!(node instanceof ObjectNode object)) {
            return;
        }
        if (propertyNames) {
            object.properties().forEach(e -> rewrite(e.getValue(), false));
            return;
        }
        if (object.has("const")) {
            JsonNode value = object.remove("const");
            object.set("enum", JsonNodeFactory.instance.arrayNode().add(value));
        }
        if (object.get("examples") instanceof ArrayNode) {
            object.remove("examples");
        }
        object.remove(List.of("$schema", "$id", "contentMediaType", "contentSchema"));
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            rewrite(e.getValue(), e.getKey().equals("properties"));
        }
    }
}
