package dev.designassistant.trace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A span's context as a W3C {@code traceparent} value ({@code 00-<trace id>-<span id>-<flags>}), the form in which a
 * session keeps the span its steps continue from, on this instance, on another one or after a restart.
 */
public final class TraceParent {

    private static final String HEADER = "traceparent";
    private static final TextMapGetter<Map<String, String>> MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private TraceParent() {
    }

    /** The span's {@code traceparent}, or empty when the span is not recorded (tracing off). */
    public static Optional<String> of(Span span) {
        if (!span.getSpanContext().isValid()) {
            return Optional.empty();
        }
        Map<String, String> carrier = new HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(Context.root().with(span), carrier, Map::put);
        return Optional.ofNullable(carrier.get(HEADER));
    }

    /** The span context a stored {@code traceparent} names, as a remote parent; empty when it is unreadable. */
    public static Optional<SpanContext> read(String traceParent) {
        if (traceParent == null || traceParent.isBlank()) {
            return Optional.empty();
        }
        Context extracted = W3CTraceContextPropagator.getInstance()
                .extract(Context.root(), Map.of(HEADER, traceParent.strip()), MAP);
        SpanContext context = Span.fromContext(extracted).getSpanContext();
        return context.isValid() ? Optional.of(context) : Optional.empty();
    }
}
