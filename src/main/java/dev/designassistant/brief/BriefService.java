package dev.designassistant.brief;

import dev.designassistant.catalog.InvalidParametersException;
import dev.designassistant.catalog.ParameterProblem;
import dev.designassistant.chain.ChainInstance;
import dev.designassistant.chain.ChainRunner;
import dev.designassistant.chain.FollowUpPlanner;
import dev.designassistant.ledger.LedgerConfig;
import dev.designassistant.ledger.LedgerInstruction;
import dev.designassistant.session.ClaimedStep;
import dev.designassistant.session.Durability;
import dev.designassistant.session.NewStep;
import dev.designassistant.session.Session;
import dev.designassistant.session.SessionStore;
import dev.designassistant.session.StepKind;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/**
 * The brief use case: validate and render, store the session with its whole chain (brief + follow-ups) before
 * any LLM call, the brief's step already claimed by this instance, then let the chain run in the background.
 */
@ApplicationScoped
public class BriefService {

    private final BriefRenderer renderer;
    private final FollowUpPlanner planner;
    private final SessionStore store;
    private final ChainRunner runner;
    private final SessionFactory sessions;
    private final ChainInstance instance;
    private final LedgerConfig ledger;

    public BriefService(BriefRenderer renderer, FollowUpPlanner planner, SessionStore store, ChainRunner runner,
                        SessionFactory sessions, ChainInstance instance, LedgerConfig ledger) {
        this.ledger = ledger;
        this.instance = instance;
        this.renderer = renderer;
        this.planner = planner;
        this.store = store;
        this.runner = runner;
        this.sessions = sessions;
    }

    /**
     * Accepts a brief for the owner: the stored session, its chain questions and the render's warnings. The
     * session is in the database's file on return, or, with {@link Durability#WITH_NEXT_WRITE}, once its first
     * answer or failure is.
     */
    public AcceptedBrief accept(BriefRequest request, String owner, Durability durability) {
        if (request == null || request.template() == null || request.template().isBlank()) {
            throw new InvalidParametersException("brief", List.of(new ParameterProblem("template", "is required")));
        }
        RenderedBrief brief = renderer.render(request.template(), request.parameters());
        String model = sessions.model(request.model());
        List<String> followUps = planner.plan(brief.template(), brief.parameters(), request.followUps(), request.failure());
        List<NewStep> steps = new ArrayList<>();
        steps.add(new NewStep(StepKind.BRIEF, brief.prompt()));
        followUps.forEach(q -> steps.add(new NewStep(StepKind.FOLLOW_UP, q)));
        if (request.consistency() == null ? ledger.enabled() : request.consistency()) {
            steps.add(new NewStep(StepKind.LEDGER, LedgerInstruction.question()));
        }
        Session session = sessions.newSession(brief, model, owner);
        ClaimedStep first = store.createClaimed(session, steps, instance.id(), instance.lease(), durability);
        return new AcceptedBrief(session.id(), brief, model, followUps, runner.start(first));
    }
}
