package dev.designassistant.brief;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.designassistant.catalog.InvalidParametersException;
import dev.designassistant.catalog.ParameterProblem;
import dev.designassistant.chain.ChainInstance;
import dev.designassistant.llm.LlmClient;
import dev.designassistant.llm.UnknownModelException;
import dev.designassistant.session.ClaimedStep;
import dev.designassistant.session.Durability;
import dev.designassistant.session.NewStep;
import dev.designassistant.session.Session;
import dev.designassistant.session.SessionIds;
import dev.designassistant.session.SessionStore;
import dev.designassistant.trace.SessionTraces;
import dev.designassistant.trace.TraceParent;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The one way a rendered template becomes a session, shared by briefs and code reviews: the request names a
 * template, the model it names is configured, and the session is stored with its steps before any LLM call, the
 * first step claimed by this instance with its question stored. (Was {@code SessionFactory}.)
 */
@ApplicationScoped
public class SessionStarter {

    private final LlmClient llm;
    private final ObjectMapper json;
    private final Clock clock;
    private final SessionStore store;
    private final ChainInstance instance;
    private final SessionIds ids;
    private final SessionTraces traces;

    public SessionStarter(LlmClient llm, ObjectMapper json, Clock clock, SessionStore store, ChainInstance instance,
                          SessionIds ids, SessionTraces traces) {
        this.traces = traces;
        this.llm = llm;
        this.json = json;
        this.clock = clock;
        this.store = store;
        this.instance = instance;
        this.ids = ids;
    }

    /**
     * Checks that a request names a template.
     *
     * @param kind what the request is ({@code brief}, {@code review}), as the problem names it
     * @throws InvalidParametersException when it names none
     */
    public static void requireTemplate(String kind, String template) {
        if (template == null || template.isBlank()) {
            throw new InvalidParametersException(kind, List.of(new ParameterProblem("template", "is required")));
        }
    }

    /**
     * The configured model a request names (null or blank: the default model).
     *
     * @throws UnknownModelException no model of that name is configured
     */
    public String model(String requested) {
        String model = requested == null || requested.isBlank() ? LlmClient.DEFAULT_MODEL : requested;
        if (!llm.models().contains(model)) {
            throw new UnknownModelException(model, llm.models());
        }
        return model;
    }

    /**
     * Stores a new session of the owner for the rendered brief, with its steps (at least one), in one transaction:
     * the first step claimed by this instance and its question stored; the others pending. The session is in the
     * database's file on return, or, with {@link Durability#WITH_NEXT_WRITE}, once its next write is.
     */
    public ClaimedStep start(RenderedBrief brief, String model, String owner, List<NewStep> steps,
                             Durability durability) {
        Session session = newSession(brief, model, owner);
        Span span = traces.start(session.id(), session.templateId(), steps.size());
        if (!span.getSpanContext().isValid()) { // tracing off
            return store.createClaimed(session, steps, instance.id(), instance.lease(), durability);
        }
        try (Scope ignored = span.makeCurrent()) {
            return store.createClaimed(session, steps, instance.id(), instance.lease(), durability,
                    TraceParent.of(span));
        } catch (RuntimeException e) {
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            throw e;
        } finally {
            span.end();
        }
    }

    /** A new session for the brief: template, content hash, parameters and warnings as JSON, created now, with
     * a time-ordered id. */
    private Session newSession(RenderedBrief brief, String model, String owner) {
        Instant now = clock.instant();
        return new Session(ids.next(), owner, brief.template().id(), brief.template().contentHash(),
                write(brief.parameters().values()), write(brief.warnings()), model, now, now);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("validated parameters and warnings are plain data", e);
        }
    }
}
