package dev.designassistant.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.designassistant.catalog.ParameterProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A tool call's arguments, read leniently and checked all at once: each accessor notes a problem instead of
 * throwing, and {@link #check(String)} reports every problem noted, as the API reports a body's.
 */
final class ToolArguments {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Object> arguments;
    private final List<ParameterProblem> problems = new ArrayList<>();

    ToolArguments(Map<String, Object> arguments) {
        this.arguments = arguments == null ? Map.of() : arguments;
    }

    /** A string argument; null when absent (a problem when required) or not a string. */
    String string(String name, boolean required) {
        Object value = arguments.get(name);
        if (value == null) {
            if (required) {
                problems.add(new ParameterProblem(name, "is required"));
            }
            return null;
        }
        if (value instanceof String text && !(required && text.isBlank())) {
            return text;
        }
        problems.add(new ParameterProblem(name, required ? "must be a non-empty string" : "must be a string"));
        return null;
    }

    /** An argument as JSON (objects, arrays, booleans), or null when absent. */
    JsonNode json(String name) {
        Object value = arguments.get(name);
        return value == null ? null : JSON.valueToTree(value);
    }

    /** An object argument as JSON; an empty object when absent. */
    ObjectNode object(String name) {
        JsonNode value = json(name);
        if (value == null) {
            return JSON.createObjectNode();
        }
        if (value instanceof ObjectNode object) {
            return object;
        }
        problems.add(new ParameterProblem(name, "must be a JSON object of named values"));
        return JSON.createObjectNode();
    }

    /** A list of texts, or empty when absent; anything else is a problem. */
    List<String> strings(String name) {
        Object value = arguments.get(name);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            return list.stream().map(String.class::cast).toList();
        }
        problem(name, "must be a list of texts");
        return List.of();
    }

    void problem(String name, String message) {
        problems.add(new ParameterProblem(name, message));
    }

    /**
     * Stops the call when any argument was wrong.
     *
     * @throws InvalidArgumentsException with every problem noted
     */
    void check(String tool) {
        if (!problems.isEmpty()) {
            throw new InvalidArgumentsException(problems.size() + " problem(s) with the arguments of " + tool + ": "
                    + problems.stream().map(Errors::describe).collect(Collectors.joining("; ")));
        }
    }

    /** A tool's arguments do not fit its input schema. */
    static final class InvalidArgumentsException extends RuntimeException {
        InvalidArgumentsException(String message) {
            super(message);
        }
    }
}
