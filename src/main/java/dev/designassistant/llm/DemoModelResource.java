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
        return Response.ok(completion(answer, promptTokens)).build();
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
