package dev.designassistant.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Instant;
import java.util.HexFormat;

/**
 * The built-in demo model: an OpenAI-compatible {@code chat/completions} endpoint on this service, used when no
 * {@code assistant.llm.base-url} is configured. Briefs reach it through the same langchain4j client and resilience
 * pipeline as a real LLM. Off (404) when every model points at a real LLM. It runs on the I/O thread: a brief
 * waiting for it holds a worker thread, and the demo must not need another one to answer.
 */
@Path(ChatModelFactory.DEMO_PATH + "/chat/completions")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class DemoModelResource {

    private final LlmGateway gateway;
    private final ObjectMapper json;

    public DemoModelResource(LlmGateway gateway, ObjectMapper json) {
        this.gateway = gateway;
        this.json = json;
    }

    @POST
    @NonBlocking
    @Operation(hidden = true)
    @Produces({MediaType.APPLICATION_JSON, MediaType.SERVER_SENT_EVENTS})
    public Response complete(JsonNode request) {
        if (!gateway.demoInUse()) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        JsonNode messages = request == null ? null : request.get("messages");
        if (messages == null || !messages.isArray() || messages.isEmpty()) {
            return error("'messages' must be a non-empty array");
        }
        String prompt = "";
        int userTurns = 0;
        int promptTokens = 0;
        for (JsonNode message : messages) {
            String content = text(message.get("content"));
            promptTokens += DemoAnswer.tokens(content);
            if ("user".equals(message.path("role").asText())) {
                prompt = content;
                userTurns++;
            }
        }
        String answer = DemoAnswer.compose(prompt, userTurns);
        if (request.path("stream").asBoolean(false)) {
            boolean usage = request.path("stream_options").path("include_usage").asBoolean(false);
            return Response.ok(stream(answer, promptTokens, usage), MediaType.SERVER_SENT_EVENTS).build();
        }
        return Response.ok(completion(answer, promptTokens), MediaType.APPLICATION_JSON).build();
    }

    /**
     * The answer as OpenAI's streamed chunks ({@code "stream": true}): the role, the content in pieces of a few
     * words, the finish reason, with {@code stream_options.include_usage} a last chunk with the usage and no
     * choices, then {@code [DONE]}.
     */
    private String stream(String answer, int promptTokens, boolean includeUsage) {
        String id = "chatcmpl-demo-" + HexFormat.of().toHexDigits(answer.hashCode());
        long created = Instant.now().getEpochSecond();
        StringBuilder events = new StringBuilder();
        ObjectNode first = chunk(id, created, includeUsage);
        first.withArray("choices").addObject().put("index", 0).putNull("finish_reason")
                .putObject("delta").put("role", "assistant").put("content", "");
        event(events, first);
        for (String piece : pieces(answer)) {
            ObjectNode chunk = chunk(id, created, includeUsage);
            chunk.withArray("choices").addObject().put("index", 0).putNull("finish_reason")
                    .putObject("delta").put("content", piece);
            event(events, chunk);
        }
        ObjectNode last = chunk(id, created, includeUsage);
        last.withArray("choices").addObject().put("index", 0).put("finish_reason", "stop").putObject("delta");
        event(events, last);
        if (includeUsage) {
            ObjectNode usage = chunk(id, created, false);
            usage.putArray("choices");
            int completionTokens = DemoAnswer.tokens(answer);
            usage.putObject("usage").put("prompt_tokens", promptTokens).put("completion_tokens", completionTokens)
                    .put("total_tokens", promptTokens + completionTokens);
            event(events, usage);
        }
        return events.append("data: [DONE]\n\n").toString();
    }

    private ObjectNode chunk(String id, long created, boolean nullUsage) {
        ObjectNode chunk = json.createObjectNode().put("id", id).put("object", "chat.completion.chunk")
                .put("created", created).put("model", DemoAnswer.MODEL_ID);
        chunk.putArray("choices");
        if (nullUsage) {
            chunk.putNull("usage"); // as OpenAI: every chunk but the last has "usage": null
        }
        return chunk;
    }

    private void event(StringBuilder events, ObjectNode data) {
        try {
            events.append("data: ").append(json.writeValueAsString(data)).append("\n\n");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a chunk is plain JSON", e);
        }
    }

    /** The text in pieces of up to eight words, each with the spacing that follows it: joined, the whole text. */
    static java.util.List<String> pieces(String text) {
        java.util.List<String> pieces = new java.util.ArrayList<>();
        java.util.regex.Matcher word = java.util.regex.Pattern.compile("\\S+\\s*|\\s+").matcher(text);
        StringBuilder piece = new StringBuilder();
        int words = 0;
        while (word.find()) {
            piece.append(word.group());
            if (++words == 8) {
                pieces.add(piece.toString());
                piece.setLength(0);
                words = 0;
            }
        }
        if (!piece.isEmpty()) {
            pieces.add(piece.toString());
        }
        return pieces;
    }

    private ObjectNode completion(String answer, int promptTokens) {
        int completionTokens = DemoAnswer.tokens(answer);
        ObjectNode body = json.createObjectNode()
                .put("id", "chatcmpl-demo-" + HexFormat.of().toHexDigits(answer.hashCode()))
                .put("object", "chat.completion")
                .put("created", Instant.now().getEpochSecond())
                .put("model", DemoAnswer.MODEL_ID);
        ArrayNode choices = body.putArray("choices");
        ObjectNode choice = choices.addObject().put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", answer);
        body.putObject("usage")
                .put("prompt_tokens", promptTokens)
                .put("completion_tokens", completionTokens)
                .put("total_tokens", promptTokens + completionTokens);
        return body;
    }

    /** Message content is a string, or an array of parts of which the text ones count. */
    private static String text(JsonNode content) {
        if (content == null || content.isNull()) {
            return "";
        }
        if (content.isArray()) {
            StringBuilder text = new StringBuilder();
            content.forEach(part -> text.append(part.path("text").asText("")));
            return text.toString();
        }
        return content.asText("");
    }

    private Response error(String message) {
        ObjectNode body = json.createObjectNode();
        body.putObject("error").put("message", message).put("type", "invalid_request_error");
        return Response.status(Response.Status.BAD_REQUEST).entity(body).build();
    }
}
