package dev.designassistant.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.designassistant.catalog.ParameterProblem;
import dev.designassistant.catalog.ParameterSpec;
import dev.designassistant.catalog.PromptTemplate;
import io.modelcontextprotocol.spec.McpSchema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * MCP prompt arguments are strings; a template's parameters are typed. This reads the strings as the template's
 * parameters (numbers as numbers; lists as a JSON array or one item per line; object-lists as a JSON array or one
 * JSON object per line) and says so in each argument's description. What cannot be read is a problem of its own,
 * reported with the validator's.
 */
final class PromptArguments {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private PromptArguments() {
    }

    /** The template's parameters as MCP prompt arguments. */
    static List<McpSchema.PromptArgument> of(PromptTemplate template) {
        return template.parameters().stream()
                .map(p -> new McpSchema.PromptArgument(p.name(), p.label(), describe(p), p.required()))
                .toList();
    }

    /** The string arguments as the template's JSON parameters, and the problems of those that could not be read. */
    record Read(ObjectNode parameters, List<ParameterProblem> problems) {
    }

    static Read read(PromptTemplate template, Map<String, Object> arguments) {
        ObjectNode parameters = NODES.objectNode();
        List<ParameterProblem> problems = new ArrayList<>();
        if (arguments == null) {
            return new Read(parameters, problems);
        }
        arguments.forEach((name, value) -> {
            if (value == null) {
                return;
            }
            if (!(value instanceof String text)) {
                parameters.set(name, JSON.valueToTree(value)); // a client that sends typed values: the validator judges
                return;
            }
            template.parameter(name).ifPresentOrElse(
                    spec -> parameters.set(name, readValue(spec, text, problems)),
                    () -> parameters.put(name, text)); // an unknown name: the validator names it
        });
        return new Read(parameters, problems);
    }

    private static JsonNode readValue(ParameterSpec spec, String text, List<ParameterProblem> problems) {
        return switch (spec.type()) {
            case NUMBER -> readNumber(text);
            case LIST -> readList(spec, text, false, problems);
            case OBJECT_LIST -> readList(spec, text, true, problems);
            default -> NODES.textNode(text);
        };
    }

    private static JsonNode readNumber(String text) {
        try {
            return NODES.numberNode(new BigDecimal(text.strip()));
        } catch (NumberFormatException notANumber) {
            return NODES.textNode(text); // the validator says it must be a number
        }
    }

    private static JsonNode readList(ParameterSpec spec, String text, boolean objects, List<ParameterProblem> problems) {
        String trimmed = text.strip();
        if (trimmed.startsWith("[")) {
            return parse(spec.name(), trimmed, problems);
        }
        ArrayNode items = NODES.arrayNode();
        String[] lines = trimmed.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            items.add(objects ? parse(spec.name() + "[line " + (i + 1) + "]", line, problems) : NODES.textNode(line));
        }
        return items;
    }

    private static JsonNode parse(String path, String json, List<ParameterProblem> problems) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            problems.add(new ParameterProblem(path, "is not valid JSON: " + e.getOriginalMessage()));
            return NODES.nullNode();
        }
    }

    private static String describe(ParameterSpec spec) {
        StringBuilder text = new StringBuilder();
        if (spec.description() != null && !spec.description().isBlank()) {
            text.append(spec.description().strip()).append(' ');
        }
        text.append(switch (spec.type()) {
            case STRING, TEXT -> "Text, at most " + spec.effectiveMaxLength() + " characters.";
            case CODE -> "Source code, at most " + spec.effectiveMaxLength() + " characters.";
            case NUMBER -> "A number" + range(spec) + ".";
            case ENUM -> "One of: " + String.join(", ", spec.values()) + ".";
            case LIST -> "A list: a JSON array of strings, or one item per line (at most " + spec.effectiveMaxItems()
                    + " items).";
            case OBJECT_LIST -> "A list of objects with the fields " + spec.fields().stream()
                    .map(f -> f.name() + (f.required() ? "" : " (optional)")).collect(Collectors.joining(", "))
                    + ": a JSON array of objects, or one JSON object per line (at most " + spec.effectiveMaxItems()
                    + ").";
        });
        text.append(" Example: ").append(example(spec.example()));
        return text.toString();
    }

    private static String range(ParameterSpec spec) {
        if (spec.min() != null && spec.max() != null) {
            return " from " + plain(spec.min()) + " to " + plain(spec.max());
        }
        if (spec.min() != null) {
            return " of at least " + plain(spec.min());
        }
        return spec.max() != null ? " of at most " + plain(spec.max()) : "";
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String example(Object example) {
        if (example instanceof String text) {
            return text;
        }
        try {
            return JSON.writeValueAsString(example);
        } catch (JsonProcessingException e) {
            return String.valueOf(example);
        }
    }
}
