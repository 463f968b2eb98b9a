package dev.designassistant.brief;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.designassistant.catalog.InvalidParametersException;
import dev.designassistant.catalog.ParameterProblem;
import dev.designassistant.chain.ChainRunner;
import dev.designassistant.chain.FollowUpPlanner;
import dev.designassistant.llm.LlmClient;
import dev.designassistant.llm.UnknownModelException;
import dev.designassistant.session.NewStep;
import dev.designassistant.session.Session;
import dev.designassistant.session.SessionStore;
import dev.designassistant.session.StepKind;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The brief use case: validate and render, store the session with its whole chain (brief + follow-ups) before
 * any LLM call, then let the chain run in the background.
 */
@ApplicationScoped
public class BriefService {

    private final BriefRenderer renderer;
    private final FollowUpPlanner planner;
    private final SessionStore store;
    private final ChainRunner runner;
    private final LlmClient llm;
    private final ObjectMapper json;
    private final Clock clock;

    public BriefService(BriefRenderer renderer, FollowUpPlanner planner, SessionStore store, ChainRunner runner,
                        LlmClient llm, ObjectMapper json, Clock clock) {
        this.renderer = renderer;
        this.planner = planner;
        this.store = store;
        this.runner = runner;
        this.llm = llm;
        this.json = json;
        this.clock = clock;
    }

    /** Accepts a brief for the owner: the stored session, its chain questions and the render's warnings. */
    public AcceptedBrief accept(BriefRequest request, String owner) {
        if (request == null || request.template() == null || request.template().isBlank()) {
            throw new InvalidParametersException("brief", List.of(new ParameterProblem("template", "is required")));
        }
        RenderedBrief brief = renderer.render(request.template(), request.parameters());
        String model = request.model() == null || request.model().isBlank() ? LlmClient.DEFAULT_MODEL : request.model();
        if (!llm.models().contains(model)) {
            throw new UnknownModelException(model, llm.models());
        }
        List<String> followUps = planner.plan(brief.template(), brief.parameters(), request.followUps(), request.failure());
        List<NewStep> steps = new ArrayList<>();
        steps.add(new NewStep(StepKind.BRIEF, brief.prompt()));
        followUps.forEach(q -> steps.add(new NewStep(StepKind.FOLLOW_UP, q)));
        Instant now = clock.instant();
        Session session = new Session(UUID.randomUUID().toString(), owner, brief.template().id(),
                brief.template().contentHash(), write(brief.parameters().values()), write(brief.warnings()), model, now, now);
        store.create(session, steps);
        return new AcceptedBrief(session.id(), brief, model, followUps, runner.start(session.id()));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("validated parameters and warnings are plain data", e);
        }
    }
}
