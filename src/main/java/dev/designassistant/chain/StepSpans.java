package dev.designassistant.chain;

import dev.designassistant.session.ClaimedStep;
import dev.designassistant.session.SessionStore;
import dev.designassistant.trace.Conversations;
import dev.designassistant.trace.GenAi;
import dev.designassistant.trace.SessionTraces;
import dev.designassistant.trace.Tracing;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Locale;
import java.util.Optional;

/**
 * A {@code chain.step} span per step answered: the child of its session's span (see {@link SessionTraces}), current
 * while the step runs so that its model call is its child, with a link to the request it runs in when that request
 * belongs to another trace (a follow-up asked later). Nothing while tracing is off.
 */
@ApplicationScoped
public class StepSpans {

    static final String STEP_SPAN = "chain.step";
    static final AttributeKey<Long> INDEX = AttributeKey.longKey("chain.step.index");
    static final AttributeKey<String> KIND = AttributeKey.stringKey("chain.step.kind");
    static final AttributeKey<String> STATUS = AttributeKey.stringKey("chain.step.status");
    static final AttributeKey<Boolean> CACHE_HIT = AttributeKey.booleanKey("chain.step.cache_hit");

    private final Tracing tracing;
    private final SessionTraces sessions;
    private final SessionStore store;

    public StepSpans(Tracing tracing, SessionTraces sessions, SessionStore store) {
        this.tracing = tracing;
        this.sessions = sessions;
        this.store = store;
    }

    /** Starts the step's span and makes it current; close it on the same thread. */
    Step open(ClaimedStep claimed) {
        if (!tracing.enabled()) {
            return Step.NONE;
        }
        Optional<SpanContext> session = sessions.of(claimed.sessionId(), store::traceParent);
        Context parent = session.map(s -> Context.current().with(Span.wrap(s))).orElse(Context.current());
        SpanBuilder builder = tracing.tracer().spanBuilder(STEP_SPAN)
                .setParent(parent)
                .setAttribute(INDEX, (long) claimed.step().index())
                .setAttribute(KIND, claimed.step().kind().name().toLowerCase(Locale.ROOT))
                .setAttribute(GenAi.CONVERSATION_ID, claimed.sessionId());
        SpanContext caller = Span.current().getSpanContext();
        if (session.isPresent() && caller.isValid() && !caller.getTraceId().equals(session.get().getTraceId())) {
            builder.addLink(caller);
        }
        Span span = builder.startSpan();
        Scope scope = Conversations.with(parent.with(span), claimed.sessionId()).makeCurrent();
        return new Step(span, scope);
    }

    /** The current step was answered from the response cache, without a model call. */
    static void cacheHit() {
        Span.current().setAttribute(CACHE_HIT, true);
    }

    /** The session's chain has stopped on this instance. */
    void chainStopped(String sessionId) {
        sessions.forget(sessionId);
    }

    /** A step's open span. */
    record Step(Span span, Scope scope) implements AutoCloseable {

        static final Step NONE = new Step(Span.getInvalid(), null);

        void status(String status) {
            span.setAttribute(STATUS, status);
        }

        void failed(RuntimeException e, String status) {
            span.setAttribute(STATUS, status);
            span.setAttribute(GenAi.ERROR_TYPE, e.getClass().getName());
            span.setStatus(StatusCode.ERROR, e.getMessage() == null ? status : e.getMessage());
        }

        @Override
        public void close() {
            if (scope != null) {
                scope.close();
                span.end();
            }
        }
    }
}
