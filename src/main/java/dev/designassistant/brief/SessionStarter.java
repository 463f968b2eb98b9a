package dev.designassistant.brief;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.designassistant.llm.LlmClient;
import dev.designassistant.llm.UnknownModelException;
import dev.designassistant.session.Session;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Turns a rendered brief into a new session record; shared by briefs and code reviews. */
@ApplicationScoped
public class SessionFactory {

    private final LlmClient llm;
    private final ObjectMapper json;
    private final Clock clock;

    public SessionFactory(LlmClient llm, ObjectMapper json, Clock clock) {
        this.llm = llm;
        this.json = json;
        this.clock = clock;
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

    /** A new session for the brief: template, content hash, parameters and warnings as JSON, created now. */
    public Session newSession(RenderedBrief brief, String model, String owner) {
        Instant now = clock.instant();
        return new Session(UUID.randomUUID().toString(), owner, brief.template().id(), brief.template().contentHash(),
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
