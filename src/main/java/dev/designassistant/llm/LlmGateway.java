package dev.designassistant.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The {@link LlmClient}: one langchain4j chat model and one resilience pipeline per configured model, built at
 * start-up (so a configuration mistake stops the start, and every breaker shows in metrics and health at once).
 */
@Startup
@ApplicationScoped
public class LlmGateway implements LlmClient {

    private static final Logger LOG = Logger.getLogger(LlmGateway.class);

    private final Map<String, ModelHandle> models = new LinkedHashMap<>();
    private final LlmMetrics metrics;
    private final FallbackChain fallbacks;
    private final ModelCalls calls;

    public LlmGateway(LlmConfig config, PipelineFactory pipelines, ChatModelFactory chatModels, LlmMetrics metrics,
                      ModelCalls calls) {
        this.metrics = metrics;
        this.calls = calls;
        Map<String, ModelSettings> settings = ConfiguredModels.read(config);
        SecretRedactor redactor = new SecretRedactor(
                settings.values().stream().flatMap(m -> m.apiKey().stream()).toList());
        Rejections rejections = new Rejections(redactor);
        settings.values().forEach(model -> {
            models.put(model.name(), new ModelHandle(model, pipelines.create(model, rejections), chatModels, redactor));
            LOG.infof("LLM model '%s': %s, time limit %s%s", model.name(), model.describeTarget(),
                    Durations.describe(model.timeout()), model.apiKey().isPresent() ? ", API key set" : "");
            if (!model.fallbacks().isEmpty()) {
                LOG.infof("LLM model '%s' falls back to %s", model.name(), String.join(", ", model.fallbacks()));
            }
        });
        this.fallbacks = new FallbackChain(models, metrics);
    }

    @Override
    public LlmAnswer chat(String model, List<ChatTurn> conversation, String templateId) {
        ModelHandle first = handle(model);
        if (conversation == null || conversation.isEmpty()) {
            throw new IllegalArgumentException("a conversation has at least one turn");
        }
        List<ChatMessage> messages = conversation.stream().map(LlmGateway::toMessage).toList();
        long start = System.nanoTime();
        LlmAnswer answer = fallbacks.answer(first, handle -> ask(handle, first, conversation, messages, templateId));
        return answer.took(Duration.ofNanos(System.nanoTime() - start).toMillis());
    }

    /**
     * One model's call through its own pipeline, counted in the metrics whatever its outcome, and traced as a span of
     * its own ({@link ModelCallSpan}; a fallback model's span names the model it stands in for).
     */
    private LlmAnswer ask(ModelHandle handle, ModelHandle first, List<ChatTurn> conversation,
                          List<ChatMessage> messages, String templateId) {
        long start = System.nanoTime();
        try (ModelCallSpan span = calls.start(handle.settings(), templateId, conversation)) {
            if (handle != first) {
                span.fallbackFrom(first.settings().name());
            }
            try {
                ChatResponse response = handle.pipeline().execute(span.attempts(
                        () -> handle.chatModel().chat(ChatRequest.builder().messages(messages).build())));
                Duration latency = Duration.ofNanos(System.nanoTime() - start);
                LlmAnswer answer = toAnswer(handle.settings(), response, latency);
                span.answered(response);
                metrics.call(answer.model(), templateId, "success", latency);
                metrics.tokens(answer.model(), templateId, answer.inputTokens(), answer.outputTokens());
                calls.answered(handle.settings(), response, answer, latency);
                return answer;
            } catch (RuntimeException e) {
                Duration latency = Duration.ofNanos(System.nanoTime() - start);
                String outcome = outcome(e);
                span.failed(e, outcome, handle.pipeline().state().name());
                metrics.call(handle.settings().name(), templateId, outcome, latency);
                calls.failed(handle.settings(), outcome, latency);
                throw e;
            }
        }
    }

    @Override
    public Set<String> models() {
        return Set.copyOf(models.keySet());
    }

    @Override
    public ModelInfo describe(String model) {
        return ModelInfo.of(handle(model).settings());
    }

    /** Whether any model is answered by the built-in demo model. */
    boolean demoInUse() {
        return models.values().stream().anyMatch(h -> h.settings().demo());
    }

    /** Each model's circuit breaker state, by model name, default first. */
    Map<String, String> breakerStates() {
        Map<String, String> states = new LinkedHashMap<>();
        models.forEach((name, handle) -> states.put(name, handle.pipeline().state().name()));
        return states;
    }

    private ModelHandle handle(String model) {
        String name = model == null || model.isBlank() ? DEFAULT_MODEL : model.strip();
        ModelHandle handle = models.get(name);
        if (handle == null) {
            throw new UnknownModelException(name, models.keySet());
        }
        return handle;
    }

    private static ChatMessage toMessage(ChatTurn turn) {
        return switch (turn.role()) {
            case SYSTEM -> SystemMessage.from(turn.content());
            case USER -> UserMessage.from(turn.content());
            case ASSISTANT -> AiMessage.from(turn.content());
        };
    }

    private static LlmAnswer toAnswer(ModelSettings model, ChatResponse response, Duration latency) {
        TokenUsage usage = response.tokenUsage();
        int in = usage == null ? 0 : Objects.requireNonNullElse(usage.inputTokenCount(), 0);
        int out = usage == null ? 0 : Objects.requireNonNullElse(usage.outputTokenCount(), 0);
        String text = response.aiMessage() == null ? "" : Objects.requireNonNullElse(response.aiMessage().text(), "");
        return new LlmAnswer(text, model.name(), Objects.requireNonNullElse(response.modelName(), model.modelId()),
                in, out, latency.toMillis(), finishReason(response.finishReason()), model.prices().cost(in, out));
    }

    /** OpenAI's words for why the model stopped ({@code stop}, {@code length}, …); null when it did not say. */
    private static String finishReason(FinishReason reason) {
        return reason == null ? null : switch (reason) {
            case STOP -> "stop";
            case LENGTH -> LlmAnswer.LENGTH;
            case CONTENT_FILTER -> "content_filter";
            case TOOL_EXECUTION -> "tool_calls";
            default -> reason.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String outcome(RuntimeException e) {
        if (e instanceof LlmUnavailableException u) {
            return u.reason().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
        if (e instanceof LlmTimeoutException) {
            return "timeout";
        }
        return e instanceof LlmRejectedException ? "rejected" : "error";
    }
}
