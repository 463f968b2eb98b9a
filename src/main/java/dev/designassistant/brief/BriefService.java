package dev.designassistant.brief;

import dev.designassistant.chain.ChainRunner;
import dev.designassistant.ledger.LedgerConfig;
import dev.designassistant.session.ClaimedStep;
import dev.designassistant.session.Durability;
import dev.designassistant.session.NewStep;
import jakarta.enterprise.context.ApplicationScoped;

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
    private final ChainEstimator estimator;

    public BriefService(BriefRenderer renderer, FollowUpPlanner planner, SessionStarter sessions, ChainRunner runner,
                        LedgerConfig ledger, ChainEstimator estimator) {
        this.ledger = ledger;
        this.estimator = estimator;
        this.renderer = renderer;
        this.planner = planner;
        this.sessions = sessions;
        this.runner = runner;
    }

    /**
     * What the brief would cost, without storing or asking anything: the same validation, rendering and chain
     * (follow-ups, the ledger by the same rule) as {@link #accept}.
     */
    public Estimate estimate(BriefRequest request) {
        SessionStarter.requireTemplate("brief", request == null ? null : request.template());
        RenderedBrief brief = renderer.render(request.template(), request.parameters());
        String model = sessions.model(request.model());
        List<String> followUps = planner.plan(brief.template(), brief.parameters(), request.followUps(), request.failure());
        return estimator.estimate(brief, model,
                ChainPlan.of(brief.question(""), followUps, request.consistency(), ledger.enabled()).steps());
    }

    /**
     * Accepts a brief for the owner: the stored session, its chain questions and the render's warnings. The
     * session is in the database's file on return, or, with {@link Durability#WITH_NEXT_WRITE}, once its first
     * answer or failure is.
     */
    public RunningBrief accept(BriefRequest request, String owner, Durability durability) {
        return accept(request, owner, durability, false);
    }

    /** As {@link #accept(BriefRequest, String, Durability)}; with {@code bypassCache} no step uses the response cache. */
    public RunningBrief accept(BriefRequest request, String owner, Durability durability, boolean bypassCache) {
        SessionStarter.requireTemplate("brief", request == null ? null : request.template());
        RenderedBrief brief = renderer.render(request.template(), request.parameters());
        String model = sessions.model(request.model());
        List<String> followUps = planner.plan(brief.template(), brief.parameters(), request.followUps(), request.failure());
        List<NewStep> steps = ChainPlan.of(brief.question(""), followUps, request.consistency(), ledger.enabled()).steps();
        ClaimedStep first = sessions.start(brief, model, owner, steps, durability);
        return new RunningBrief(first.sessionId(), brief, model, followUps, runner.start(first, bypassCache));
    }
}
