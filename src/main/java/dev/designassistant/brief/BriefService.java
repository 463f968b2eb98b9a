package dev.designassistant.brief;

import dev.designassistant.chain.ChainRunner;
import dev.designassistant.ledger.LedgerConfig;
import dev.designassistant.ledger.LedgerInstruction;
import dev.designassistant.session.ClaimedStep;
import dev.designassistant.session.Durability;
import dev.designassistant.session.NewStep;
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
    private final SessionStarter sessions;
    private final ChainRunner runner;
    private final LedgerConfig ledger;

    public BriefService(BriefRenderer renderer, FollowUpPlanner planner, SessionStarter sessions, ChainRunner runner,
                        LedgerConfig ledger) {
        this.ledger = ledger;
        this.renderer = renderer;
        this.planner = planner;
        this.sessions = sessions;
        this.runner = runner;
    }

    /**
     * Accepts a brief for the owner: the stored session, its chain questions and the render's warnings. The
     * session is in the database's file on return, or, with {@link Durability#WITH_NEXT_WRITE}, once its first
     * answer or failure is.
     */
    public RunningBrief accept(BriefRequest request, String owner, Durability durability) {
        SessionStarter.requireTemplate("brief", request == null ? null : request.template());
        RenderedBrief brief = renderer.render(request.template(), request.parameters());
        String model = sessions.model(request.model());
        List<String> followUps = planner.plan(brief.template(), brief.parameters(), request.followUps(), request.failure());
        List<NewStep> steps = new ArrayList<>();
        steps.add(new NewStep(StepKind.BRIEF, brief.question("")));
        followUps.forEach(q -> steps.add(new NewStep(StepKind.FOLLOW_UP, q)));
        if (request.consistency() == null ? ledger.enabled() : request.consistency()) {
            steps.add(new NewStep(StepKind.LEDGER, LedgerInstruction.question()));
        }
        ClaimedStep first = sessions.start(brief, model, owner, steps, durability);
        return new RunningBrief(first.sessionId(), brief, model, followUps, runner.start(first));
    }
}
