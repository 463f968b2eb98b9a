package dev.designassistant.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.designassistant.trace.Conversations;
import dev.designassistant.trace.GenAi;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The span of one model call, as the OpenTelemetry GenAI conventions describe it ({@code chat <model>}, kind CLIENT,
 * {@code gen_ai.*} attributes), with a child HTTP client span per attempt the retry makes
 * ({@code http.request.resend_count} from the second on). {@link #NONE} when tracing is off: every method is then a
 * no-op and {@link #attempts} hands the call back unchanged. No attribute carries the API key; prompts and answers
 * only with {@code assistant.traces.content}.
 */
class ModelCallSpan implements AutoCloseable {

    /** What a call is traced with when tracing is off. */
    static final ModelCallSpan NONE = new ModelCallSpan();

    static final String PROVIDER = "openai";
    static final AttributeKey<String> BREAKER_STATE = AttributeKey.stringKey("circuit_breaker.state");
    /** The configured model a fallback model answers for (not in the conventions: the service's own). */
    static final AttributeKey<String> FALLBACK_FROM = AttributeKey.stringKey("assistant.llm.fallback_from");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Tracer tracer;
    private final Span span;
    private final Context context;
    private final Upstream upstream;
    private final boolean content;
    private final AtomicInteger attempts = new AtomicInteger();
    private Scope scope;

    private ModelCallSpan() {
        this.tracer = null;
        this.span = Span.getInvalid();
        this.context = null;
        this.upstream = null;
        this.content = false;
    }

    private ModelCallSpan(Tracer tracer, Span span, Upstream upstream, boolean content) {
        this.tracer = tracer;
        this.span = span;
        this.context = Context.current().with(span);
        this.upstream = upstream;
        this.content = content;
        this.scope = context.makeCurrent(); // the step's child; the latency metrics' exemplars point at it
    }

    /** Starts the span of a call to the model at the upstream, in the current context (the chain step's). */
    static ModelCallSpan start(Tracer tracer, ModelSettings model, Upstream upstream, String templateId,
                               List<ChatTurn> conversation, boolean content) {
        var builder = tracer.spanBuilder(GenAi.CHAT + " " + model.modelId())
                .setSpanKind(SpanKind.CLIENT)
                .setAttribute(GenAi.OPERATION_NAME, GenAi.CHAT)
                .setAttribute(GenAi.PROVIDER_NAME, PROVIDER)
                .setAttribute(GenAi.REQUEST_MODEL, model.modelId())
                .setAttribute(GenAi.SERVER_ADDRESS, upstream.host())
                .setAttribute(GenAi.SERVER_PORT, (long) upstream.port());
        String session = Conversations.current();
        if (session != null) {
            builder.setAttribute(GenAi.CONVERSATION_ID, session);
        }
        if (templateId != null && !templateId.isBlank()) {
            builder.setAttribute(GenAi.PROMPT_NAME, templateId);
        }
        model.temperature().ifPresent(t -> builder.setAttribute(GenAi.REQUEST_TEMPERATURE, t));
        model.maxTokens().ifPresent(m -> builder.setAttribute(GenAi.REQUEST_MAX_TOKENS, (long) m));
        if (content) {
            builder.setAttribute(GenAi.INPUT_MESSAGES, json(conversation.stream()
                    .map(turn -> message(turn.role().name().toLowerCase(Locale.ROOT), turn.content(), null))
                    .toList()));
        }
        return new ModelCallSpan(tracer, builder.startSpan(), upstream, content);
    }

    /**
     * The upstream call as the retry sees it: each time the retry calls it is one attempt, an HTTP client span of
     * its own under this call's span, current while the attempt runs (the HTTP client adds the status it got).
     */
    <T> Callable<T> attempts(Callable<T> call) {
        if (tracer == null) {
            return call;
        }
        return () -> {
            int resends = attempts.getAndIncrement();
            var builder = tracer.spanBuilder("POST")
                    .setParent(context)
                    .setSpanKind(SpanKind.CLIENT)
                    .setAttribute(GenAi.HTTP_METHOD, "POST")
                    .setAttribute(GenAi.SERVER_ADDRESS, upstream.host())
                    .setAttribute(GenAi.SERVER_PORT, (long) upstream.port())
                    .setAttribute(GenAi.URL_FULL, upstream.chatUrl());
            if (resends > 0) {
                builder.setAttribute(GenAi.HTTP_RESEND_COUNT, (long) resends);
            }
            Span attempt = builder.startSpan();
            try (Scope ignored = attempt.makeCurrent()) {
                return call.call();
            } catch (Exception | Error e) {
                Failure failure = FailureClassifier.classify(e);
                attempt.setAttribute(GenAi.ERROR_TYPE, failure.status() > 0 ? String.valueOf(failure.status())
                        : e.getClass().getName());
                attempt.setStatus(StatusCode.ERROR);
                throw e;
            } finally {
                attempt.end();
            }
        };
    }

    /** This call is a fallback model's, standing in for the configured model named. */
    void fallbackFrom(String model) {
        span.setAttribute(FALLBACK_FROM, model);
    }

    /** The model answered: what it reports about the answer. */
    void answered(ChatResponse response) {
        if (tracer == null) {
            return;
        }
        if (response.modelName() != null) {
            span.setAttribute(GenAi.RESPONSE_MODEL, response.modelName());
        }
        if (response.id() != null) {
            span.setAttribute(GenAi.RESPONSE_ID, response.id());
        }
        String finish = finishReason(response.finishReason());
        if (finish != null) {
            span.setAttribute(GenAi.RESPONSE_FINISH_REASONS, List.of(finish));
        }
        TokenUsage usage = response.tokenUsage();
        if (usage != null && usage.inputTokenCount() != null) {
            span.setAttribute(GenAi.USAGE_INPUT_TOKENS, (long) usage.inputTokenCount());
        }
        if (usage != null && usage.outputTokenCount() != null) {
            span.setAttribute(GenAi.USAGE_OUTPUT_TOKENS, (long) usage.outputTokenCount());
        }
        if (content && response.aiMessage() != null && response.aiMessage().text() != null) {
            span.setAttribute(GenAi.OUTPUT_MESSAGES, json(List.of(message("assistant", response.aiMessage().text(),
                    finish == null ? "stop" : finish))));
        }
    }

    /**
     * The call failed: {@code error.type} is the gateway's outcome ({@code timeout}, {@code retries-exhausted}…); a
     * breaker that refused the call is an event with its state.
     */
    void failed(RuntimeException e, String errorType, String breakerState) {
        if (tracer == null) {
            return;
        }
        if (e instanceof LlmUnavailableException u && u.reason() == LlmUnavailableException.Reason.BREAKER_OPEN) {
            span.addEvent("circuit_breaker.rejected", Attributes.of(BREAKER_STATE, breakerState));
        }
        span.setAttribute(GenAi.ERROR_TYPE, errorType);
        span.setStatus(StatusCode.ERROR, e.getMessage() == null ? errorType : e.getMessage());
    }

    @Override
    public void close() {
        if (tracer == null) {
            return;
        }
        scope.close();
        span.end();
    }

    /** The finish reason as OpenAI names it (the conventions' values). */
    static String finishReason(FinishReason reason) {
        if (reason == null) {
            return null;
        }
        return switch (reason) {
            case STOP -> "stop";
            case LENGTH -> "length";
            case TOOL_EXECUTION -> "tool_calls";
            case CONTENT_FILTER -> "content_filter";
            case OTHER -> "other";
        };
    }

    private static Map<String, Object> message(String role, String text, String finishReason) {
        Map<String, Object> part = Map.of("type", "text", "content", text);
        return finishReason == null ? Map.of("role", role, "parts", List.of(part))
                : Map.of("role", role, "parts", List.of(part), "finish_reason", finishReason);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("messages are plain data", e);
        }
    }

    /** Where a model's chat calls go: host and port ({@code server.*}) and the chat URL without credentials. */
    record Upstream(String host, int port, String chatUrl) {

        static Upstream of(String baseUrl) {
            java.net.URI uri = java.net.URI.create(baseUrl);
            int port = uri.getPort() > 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            // user info and query left out: they may carry credentials
            return new Upstream(uri.getHost(), port, uri.getScheme() + "://" + uri.getHost() + ":" + port
                    + (path.endsWith("/") ? path : path + "/") + "chat/completions");
        }
    }
}
