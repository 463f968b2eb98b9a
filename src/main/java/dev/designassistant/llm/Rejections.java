package dev.designassistant.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.exception.HttpException;

import java.util.Optional;

/**
 * Words for an upstream rejection: what the status means for an operator ("the LLM rejected the API key (401)"),
 * plus the upstream's own error message for a 400, with every API key masked out.
 */
final class Rejections {

    private static final int LONGEST_DETAIL = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SecretRedactor redactor;

    Rejections(SecretRedactor redactor) {
        this.redactor = redactor;
    }

    /** The reason shown to clients and operators. */
    String reason(Failure failure, ModelSettings model, Throwable thrown) {
        int status = failure.status();
        return switch (status) {
            case 401 -> model.apiKey().isEmpty()
                    ? "the LLM requires an API key and none is configured (401)"
                    : "the LLM rejected the API key (401)";
            case 403 -> "the LLM refused the API key access to this model or endpoint (403)";
            case 404 -> "the LLM does not know model '" + model.modelId() + "', or the base URL is wrong (404)";
            case 400 -> "the LLM rejected the request as invalid (400)"
                    + upstreamMessage(thrown).map(m -> ": " + m).orElse("");
            default -> "the LLM rejected the request (" + status + ")";
        };
    }

    /**
     * Whether a 400 says the conversation is longer than the model's context (OpenAI's
     * {@code context_length_exceeded}, or the wording vLLM, Ollama and others use).
     */
    boolean contextTooLong(Failure failure, Throwable thrown) {
        if (failure.status() != 400 && failure.status() != 413) {
            return false;
        }
        String body = upstreamBody(thrown).toLowerCase(java.util.Locale.ROOT);
        return body.contains("context_length_exceeded") || body.contains("maximum context length")
                || body.contains("context length") || body.contains("context window");
    }

    private static String upstreamBody(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpException && t.getMessage() != null) {
                return t.getMessage();
            }
        }
        return "";
    }

    /** The upstream's error message for the log, masked; empty when it gave none. */
    String upstreamDetail(Throwable thrown) {
        return upstreamMessage(thrown).map(m -> " — upstream said: " + m).orElse("");
    }

    private Optional<String> upstreamMessage(Throwable thrown) {
        Throwable t = thrown;
        while (t != null && !(t instanceof HttpException)) {
            t = t.getCause() == t ? null : t.getCause();
        }
        if (t == null || t.getMessage() == null || t.getMessage().isBlank()) {
            return Optional.empty();
        }
        String body = t.getMessage();
        String message;
        try {
            JsonNode error = JSON.readTree(body).path("error");
            message = error.isTextual() ? error.asText() : error.path("message").asText("");
        } catch (Exception notJson) {
            message = body;
        }
        message = redactor.redact(message.replaceAll("\\s+", " ").strip());
        if (message.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(message.length() <= LONGEST_DETAIL ? message : message.substring(0, LONGEST_DETAIL - 1) + "…");
    }
}
