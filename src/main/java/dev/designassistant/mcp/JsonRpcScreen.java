package dev.designassistant.mcp;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcontextprotocol.spec.McpSchema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One incoming JSON-RPC message checked before the MCP SDK reads it, on every transport (HTTP and stdio): what the
 * SDK would turn into no answer at all, a dead stdio reader or a serialised Java exception gets a JSON-RPC error
 * object instead, in the client's terms. Not JSON: -32700. Not one JSON-RPC 2.0 message (a batch, {@code {}}, a wrong
 * {@code jsonrpc}, an id that is neither string nor number, a method that is not a string): -32600. A request whose
 * params have the wrong JSON type for its method: -32602 naming every wrong member. An unknown method passes on to
 * the SDK, which answers -32601. A notification or response that is malformed gets no answer (JSON-RPC answers only
 * requests) and goes no further.
 */
final class JsonRpcScreen {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    /** A member of a method's params: its name, the JSON type it must have, and whether it must be there. */
    private record Member(String name, String type, boolean required) {
    }

    private static final List<Member> PAGE = List.of(new Member("cursor", "string", false));

    /** The params of the methods this server answers (from the MCP schema), checked for their JSON types. */
    private static final Map<String, List<Member>> PARAMS = Map.ofEntries(
            Map.entry(McpSchema.METHOD_INITIALIZE, List.of(new Member("protocolVersion", "string", true),
                    new Member("capabilities", "object", true), new Member("clientInfo", "object", true))),
            Map.entry(McpSchema.METHOD_PING, List.of()),
            Map.entry(McpSchema.METHOD_TOOLS_LIST, PAGE),
            Map.entry(McpSchema.METHOD_TOOLS_CALL, List.of(new Member("name", "string", true),
                    new Member("arguments", "object", false))),
            Map.entry(McpSchema.METHOD_PROMPT_LIST, PAGE),
            Map.entry(McpSchema.METHOD_PROMPT_GET, List.of(new Member("name", "string", true),
                    new Member("arguments", "object", false))),
            Map.entry(McpSchema.METHOD_RESOURCES_LIST, PAGE),
            Map.entry(McpSchema.METHOD_RESOURCES_TEMPLATES_LIST, PAGE),
            Map.entry(McpSchema.METHOD_RESOURCES_READ, List.of(new Member("uri", "string", true))),
            Map.entry(McpSchema.METHOD_COMPLETION_COMPLETE, List.of(new Member("ref", "object", true),
                    new Member("argument", "object", true), new Member("context", "object", false))),
            Map.entry(McpSchema.METHOD_LOGGING_SET_LEVEL, List.of(new Member("level", "string", true))));

    /** What becomes of a message. */
    sealed interface Verdict {
    }

    /** A well-formed message: the SDK takes it from here. */
    record Pass(ObjectNode message) implements Verdict {

        /** Whether it is a request (it has an id and a method). */
        boolean isRequest() {
            return message.has("id") && message.has("method");
        }

        String method() {
            return message.path("method").asText();
        }
    }

    /** The error response the message gets, for its id (null where the id could not be read). */
    record Answer(JsonNode id, int code, String message) implements Verdict {

        /** The JSON-RPC error response, as one line of JSON. */
        String json() {
            ObjectNode response = JsonNodeFactory.instance.objectNode().put("jsonrpc", "2.0");
            response.set("id", id == null ? JsonNodeFactory.instance.nullNode() : id);
            response.putObject("error").put("code", code).put("message", message);
            return response.toString();
        }
    }

    /** A malformed notification or response: JSON-RPC gives it no answer. */
    record Ignore(String why) implements Verdict {
    }

    private JsonRpcScreen() {
    }

    /** The verdict on one message as it arrived. */
    static Verdict screen(String text) {
        JsonNode parsed;
        try {
            parsed = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            return new Answer(null, McpSchema.ErrorCodes.PARSE_ERROR, "the message is not valid JSON"
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        }
        if (parsed == null || parsed.isMissingNode()) {
            return new Answer(null, McpSchema.ErrorCodes.PARSE_ERROR, "the message is empty");
        }
        if (parsed.isArray()) {
            return new Answer(null, McpSchema.ErrorCodes.INVALID_REQUEST,
                    "batches are not supported: send each JSON-RPC message on its own");
        }
        if (!parsed.isObject()) {
            return new Answer(null, McpSchema.ErrorCodes.INVALID_REQUEST,
                    "a JSON-RPC message is a JSON object, not " + article(kind(parsed)));
        }
        return screen((ObjectNode) parsed);
    }

    private static Verdict screen(ObjectNode message) {
        JsonNode id = message.get("id");
        boolean idValid = id != null && (id.isTextual() || id.isIntegralNumber());
        JsonNode answerId = idValid ? id : null;
        if (!"2.0".equals(message.path("jsonrpc").textValue())) {
            return new Answer(answerId, McpSchema.ErrorCodes.INVALID_REQUEST, "\"jsonrpc\" must be \"2.0\"");
        }
        if (id != null && !idValid) {
            return new Answer(null, McpSchema.ErrorCodes.INVALID_REQUEST,
                    "\"id\" must be a string or an integer, not " + article(kind(id)));
        }
        JsonNode method = message.get("method");
        if (method == null) {
            if (id != null && (message.has("result") || message.has("error"))) {
                return new Pass(message); // a response to one of the server's requests
            }
            return id == null && !message.has("result") && !message.has("error")
                    ? new Answer(null, McpSchema.ErrorCodes.INVALID_REQUEST,
                    "a JSON-RPC message needs a \"method\" (a request or notification) or a \"result\" or \"error\" "
                            + "with an \"id\" (a response)")
                    : new Ignore("a response without an id");
        }
        if (!method.isTextual()) {
            return id == null ? new Ignore("a notification whose method is not a string")
                    : new Answer(answerId, McpSchema.ErrorCodes.INVALID_REQUEST,
                    "\"method\" must be a string, not " + article(kind(method)));
        }
        List<String> problems = paramsProblems(method.textValue(), message.get("params"));
        if (problems.isEmpty()) {
            return new Pass(message);
        }
        return id == null ? new Ignore("a notification with invalid params: " + String.join("; ", problems))
                : new Answer(answerId, McpSchema.ErrorCodes.INVALID_PARAMS,
                "invalid params for " + method.textValue() + ": " + String.join("; ", problems));
    }

    private static List<String> paramsProblems(String method, JsonNode params) {
        List<String> problems = new ArrayList<>();
        if (params == null) {
            params = JsonNodeFactory.instance.objectNode();
        } else if (!params.isObject()) {
            problems.add("\"params\" must be an object, not " + article(kind(params)));
            return problems;
        }
        JsonNode meta = params.get("_meta");
        if (meta != null && !meta.isObject() && !meta.isNull()) {
            problems.add("\"_meta\" must be an object, not " + article(kind(meta)));
        }
        for (Member member : PARAMS.getOrDefault(method, List.of())) {
            JsonNode value = params.get(member.name());
            if (value == null || value.isNull()) {
                if (member.required()) {
                    problems.add("\"" + member.name() + "\" is required (" + article(member.type()) + ")");
                }
            } else if (!kind(value).equals(member.type())) {
                problems.add("\"" + member.name() + "\" must be " + article(member.type()) + ", not "
                        + article(kind(value)));
            }
        }
        return problems;
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> "object";
            case ARRAY -> "array";
            case STRING -> "string";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            case NULL -> "null";
            default -> "value";
        };
    }

    private static String article(String kind) {
        return kind.equals("null") ? "null" : ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
    }
}
