package dev.designassistant.mcp;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.designassistant.brief.Estimate;
import io.modelcontextprotocol.spec.McpSchema;

import java.util.Map;

/** What {@code estimate_brief} answers: the estimate in words for the user, and as structured content. */
record EstimateAnswer(Estimate estimate) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    static EstimateAnswer of(Estimate estimate) {
        return new EstimateAnswer(estimate);
    }

    McpSchema.CallToolResult toolResult() {
        return McpSchema.CallToolResult.builder().addTextContent(markdown())
                .structuredContent(JSON.convertValue(estimate, MAP)).build();
    }

    String markdown() {
        Estimate e = estimate;
        StringBuilder text = new StringBuilder();
        text.append("Estimate for ").append(e.templateId()).append(" on model ").append(e.model()).append(" (")
                .append(e.modelId()).append("): ").append(e.calls()).append(e.calls() == 1 ? " call, " : " calls, ")
                .append(e.inputTokens()).append(" input and ").append(e.outputTokens()).append(" output tokens (")
                .append(e.tokenizer()).append(", answers of ").append(e.expectedOutputTokens())
                .append(" tokens assumed)");
        if (e.cost() != null) {
            text.append(", cost ").append(String.format(java.util.Locale.ROOT, "%.6f", e.cost().total()))
                    .append(" at the configured prices");
        }
        text.append(". Nothing was sent to a model.\n\n| Step | Kind | Input tokens | Output tokens |\n|---|---|---|---|\n");
        e.steps().forEach(s -> text.append("| ").append(s.index()).append(" | ").append(s.kind()).append(" | ")
                .append(s.inputTokens()).append(" | ").append(s.outputTokens()).append(" |\n"));
        return text.toString();
    }
}
