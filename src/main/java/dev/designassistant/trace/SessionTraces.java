package dev.designassistant.trace;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A session's span: started as the request's child when the session is stored, kept with the session as a
 * {@code traceparent} ({@link TraceParent}), and the <em>parent</em> of every step span of the session, wherever and
 * whenever the step runs (docs/observability.md). This instance remembers the spans of the sessions it started, so
 * that their steps need no read of the stored one.
 */
@ApplicationScoped
public class SessionTraces {

    public static final String SESSION_SPAN = "chain.session";
    public static final AttributeKey<String> TEMPLATE = AttributeKey.stringKey("chain.template");
    public static final AttributeKey<Long> STEPS = AttributeKey.longKey("chain.steps");
    private static final int REMEMBERED = 4096;

    private final Tracing tracing;
    private final Map<String, SpanContext> started = new ConcurrentHashMap<>();

    public SessionTraces(Tracing tracing) {
        this.tracing = tracing;
    }

    /** Starts the span of a session being stored, as the current span's child; invalid while tracing is off. */
    public Span start(String sessionId, String templateId, int steps) {
        if (!tracing.enabled()) {
            return Span.getInvalid();
        }
        Span span = tracing.tracer().spanBuilder(SESSION_SPAN)
                .setAttribute(GenAi.CONVERSATION_ID, sessionId)
                .setAttribute(TEMPLATE, templateId)
                .setAttribute(STEPS, (long) steps)
                .startSpan();
        if (started.size() >= REMEMBERED) {
            started.clear(); // the others read theirs from the session
        }
        started.put(sessionId, span.getSpanContext());
        return span;
    }

    /** The session's span: remembered here, else read from its stored {@code traceparent}. */
    public Optional<SpanContext> of(String sessionId, Function<String, Optional<String>> stored) {
        SpanContext known = started.get(sessionId);
        return known != null ? Optional.of(known) : stored.apply(sessionId).flatMap(TraceParent::read);
    }

    /** Forgets the session's span once its chain has stopped here. */
    public void forget(String sessionId) {
        started.remove(sessionId);
    }
}
