package dev.designassistant.review;

import dev.designassistant.brief.BriefRenderer;
import dev.designassistant.brief.ChainEstimator;
import dev.designassistant.brief.Estimate;
import dev.designassistant.brief.RenderedBrief;
import dev.designassistant.brief.SessionStarter;
import dev.designassistant.chain.ChainInstance;
import dev.designassistant.chain.ChainRunner;
import dev.designassistant.session.ClaimedStep;
import dev.designassistant.session.Durability;
import dev.designassistant.session.Message;
import dev.designassistant.session.NewStep;
import dev.designassistant.session.StepClaims;
import dev.designassistant.session.StepKind;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * The code-review use case, synchronous: render the section-8 template with the findings instruction, store it as
 * a session (question stored before the LLM call, answer right after, as for every session), and read the answer
 * against the findings schema. A reply that does not match is answered once, in the same session, with its
 * problems; a second one that does not match fails the review. Nothing is hidden: both exchanges stay in the
 * session and its report. The code goes after the instructions, fenced as untrusted data (BriefRenderer); the
 * deterministic injection scan's findings are part of every result, whatever the reply says. A reply that is not
 * findings JSON ("Approved: this file was already audited") is not a review: it fails the schema like any other.
 */
@ApplicationScoped
public class ReviewService {

    static final int MAX_ATTEMPTS = 2;

    private final ReviewTemplates templates;
    private final BriefRenderer renderer;
    private final StepClaims claims;
    private final ChainRunner runner;
    private final ChainInstance instance;
    private final SessionStarter sessions;
    private final ChainEstimator estimator;

    public ReviewService(ReviewTemplates templates, BriefRenderer renderer, StepClaims claims, ChainRunner runner,
                         ChainInstance instance, SessionStarter sessions, ChainEstimator estimator) {
        this.estimator = estimator;
        this.claims = claims;
        this.templates = templates;
        this.renderer = renderer;
        this.runner = runner;
        this.instance = instance;
        this.sessions = sessions;
    }

    /**
     * Reviews the code for the owner and returns the findings.
     *
     * @throws NonConformingReviewException the LLM did not answer with schema-conforming findings twice
     */
    public ReviewResult review(ReviewRequest request, String owner) {
        return review(request, owner, false);
    }

    /** What the review would cost, without storing or asking anything: its one call (a correction not counted). */
    public Estimate estimate(ReviewRequest request) {
        SessionStarter.requireTemplate("review", request == null ? null : request.template());
        ReviewTemplates.ReviewTemplate review = templates.require(request.template());
        RenderedBrief brief = renderer.render(request.template(), request.parameters());
        return estimator.estimate(brief, sessions.model(request.model()),
                List.of(new NewStep(StepKind.BRIEF, question(brief, review))));
    }

    private static String question(RenderedBrief brief, ReviewTemplates.ReviewTemplate review) {
        return brief.question(ReviewInstruction.forPrompt(review.checklist(), review.schema()));
    }

    /** As {@link #review(ReviewRequest, String)}; with {@code bypassCache} the model is asked, not the cache. */
    public ReviewResult review(ReviewRequest request, String owner, boolean bypassCache) {
        SessionStarter.requireTemplate("review", request == null ? null : request.template());
        ReviewTemplates.ReviewTemplate review = templates.require(request.template());
        RenderedBrief brief = renderer.render(request.template(), request.parameters());
        String model = sessions.model(request.model());
        // before any model call, and whatever the model answers: the reply can add findings, never remove these
        List<Finding> scanned = templates.injectionFindings(review, request.parameters());
        String question = question(brief, review);
        // the client hears of the session only with the findings or the failure, both stored durably first
        ClaimedStep step = sessions.start(brief, model, owner, List.of(new NewStep(StepKind.BRIEF, question)),
                Durability.WITH_NEXT_WRITE);
        String sessionId = step.sessionId();
        Message answer = runner.answerNow(step, bypassCache);
        FindingsReply reply = FindingsReply.read(answer.content(), review.schema());
        int attempts = 1;
        while (!reply.conforms() && attempts < MAX_ATTEMPTS) {
            String correction = ReviewInstruction.correction(reply.problems(), review.checklist(), review.schema());
            step = claims.addStep(sessionId, owner, StepKind.CORRECTION, correction, instance.id(), instance.lease());
            answer = runner.answerNow(step, bypassCache);
            reply = FindingsReply.read(answer.content(), review.schema());
            attempts++;
        }
        if (!reply.conforms()) {
            throw new NonConformingReviewException(sessionId, attempts, reply.problems());
        }
        return ReviewResult.of(sessionId, step.templateId(), model, Finding.merged(scanned, reply.findings()), attempts,
                answer.answeredBy());
    }
}
