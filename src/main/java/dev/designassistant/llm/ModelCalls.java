package dev.designassistant.llm;

import dev.designassistant.trace.Tracing;
import dev.langchain4j.model.chat.response.ChatResponse;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the gateway tells OpenTelemetry about each model call: its span ({@link ModelCallSpan}, only while tracing is
 * on) and the GenAI metrics ({@link GenAiMetrics}, always, like the gateway's own).
 */
@ApplicationScoped
public class ModelCalls {

    private final Tracing tracing;
    private final ChatModelFactory chatModels;
    private final GenAiMetrics metrics;
    private final Map<String, ModelCallSpan.Upstream> upstreams = new ConcurrentHashMap<>();

    public ModelCalls(Tracing tracing, ChatModelFactory chatModels, GenAiMetrics metrics) {
        this.tracing = tracing;
        this.chatModels = chatModels;
        this.metrics = metrics;
    }

    /** The call's span, current until it is closed; {@link ModelCallSpan#NONE} while tracing is off. */
    ModelCallSpan start(ModelSettings model, String templateId, List<ChatTurn> conversation) {
        if (!tracing.enabled()) {
            return ModelCallSpan.NONE;
        }
        return ModelCallSpan.start(tracing.tracer(), model, upstream(model), templateId, conversation,
                tracing.content());
    }

    /** An answered call in the GenAI metrics. */
    void answered(ModelSettings model, ChatResponse response, LlmAnswer answer, Duration latency) {
        ModelCallSpan.Upstream upstream = upstream(model);
        metrics.duration(model, upstream, response.modelName(), null, latency);
        metrics.tokens(model, upstream, response.modelName(), answer.inputTokens(), answer.outputTokens());
    }

    /** A failed call in the GenAI metrics. */
    void failed(ModelSettings model, String errorType, Duration latency) {
        metrics.duration(model, upstream(model), null, errorType, latency);
    }

    // the demo model's address is this service's, known once it listens: read at the first call, then kept
    private ModelCallSpan.Upstream upstream(ModelSettings model) {
        return upstreams.computeIfAbsent(model.name(), name -> ModelCallSpan.Upstream.of(chatModels.baseUrl(model)));
    }
}
