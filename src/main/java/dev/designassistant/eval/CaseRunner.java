package dev.designassistant.eval;

import com.fasterxml.jackson.databind.node.BooleanNode;
import dev.designassistant.brief.BriefRequest;
import dev.designassistant.brief.BriefService;
import dev.designassistant.brief.RunningBrief;
import dev.designassistant.ledger.LedgerReply;
import dev.designassistant.review.NonConformingReviewException;
import dev.designassistant.review.ReviewRequest;
import dev.designassistant.review.ReviewResult;
import dev.designassistant.review.ReviewService;
import dev.designassistant.session.ChainStep;
import dev.designassistant.session.Durability;
import dev.designassistant.session.Message;
import dev.designassistant.session.SessionStore;
import dev.designassistant.session.StepKind;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

/**
 * Asks one model one case, as a user would (a review through the review use case, a brief through the brief use
 * case, each a session of the run's owner), and grades the answer. A failure of the LLM is the case's failure,
 * with its reason: the run goes on.
 */
@ApplicationScoped
public class CaseRunner {

    private final ReviewService reviews;
    private final BriefService briefs;
    private final SessionStore sessions;
    private final Prices prices;

    public CaseRunner(ReviewService reviews, BriefService briefs, SessionStore sessions, Prices prices) {
        this.reviews = reviews;
        this.briefs = briefs;
        this.sessions = sessions;
        this.prices = prices;
    }

    CaseResult run(String suite, EvalCase c, String model, int repeat, String owner) {
        return c.isReview() ? review(suite, c, model, repeat, owner) : brief(suite, c, model, repeat, owner);
    }

    private CaseResult review(String suite, EvalCase c, String model, int repeat, String owner) {
        ReviewExpectations e = c.review();
        int planted = e.findings().size();
        try {
            ReviewResult result = reviews.review(new ReviewRequest(c.template(), c.parameters(), model), owner, true);
            ReviewMatch m = ReviewMatch.of(e, result.findings());
            List<String> why = new ArrayList<>();
            if (!m.missed().isEmpty()) {
                why.add("missed " + m.missed().stream().map(PlantedDefect::describe).collect(Collectors.joining("; ")));
            }
            if (e.maxFalsePositives() != null && m.falsePositives() > e.maxFalsePositives()) {
                why.add(m.falsePositives() + " false positives, more than " + e.maxFalsePositives() + ": "
                        + String.join("; ", m.unmatched()));
            }
            if (m.majorOnClean() > 0) {
                why.add(m.majorOnClean() + " finding(s) of major or worse on clean code: " + String.join("; ", m.unmatched()));
            }
            String reason = why.isEmpty() ? (e.clean() ? "clean: no major finding" : m.found() + " of " + planted
                    + " defects found") + ", " + m.falsePositives() + " false positive(s)" : String.join("; ", why);
            return result(suite, c, model, repeat, why.isEmpty(), reason, planted, m.found(), m.findings(),
                    m.falsePositives(), m.majorOnClean(), result.attempts() == 1, true, result.sessionId());
        } catch (NonConformingReviewException x) {
            return result(suite, c, model, repeat, false, "no answer conformed to the findings schema: "
                    + String.join("; ", x.problems()), planted, 0, 0, 0, 0, false, false, x.sessionId());
        } catch (RuntimeException x) {
            return result(suite, c, model, repeat, false, "error: " + message(x), planted, 0, 0, 0, 0, null, null, null);
        }
    }

    private CaseResult brief(String suite, EvalCase c, String model, int repeat, String owner) {
        BriefExpectations e = c.brief();
        String sessionId = null;
        try {
            RunningBrief running = briefs.accept(new BriefRequest(c.template(), c.parameters(), model,
                    BooleanNode.FALSE, null, e.ledger()), owner, Durability.NOW, true);
            sessionId = running.sessionId();
            try {
                running.chain().join();
            } catch (CompletionException x) {
                return result(suite, c, model, repeat, false, "error: " + message(x.getCause()), 0, 0, 0, 0, 0,
                        e.ledger() ? false : null, e.ledger() ? false : null, sessionId);
            }
            Map<Integer, StepKind> kinds = sessions.steps(sessionId).stream()
                    .collect(Collectors.toMap(ChainStep::index, ChainStep::kind));
            List<Message> answers = sessions.messages(sessionId).stream()
                    .filter(m -> Message.ASSISTANT.equals(m.role())).toList();
            String answer = answers.stream().filter(m -> kinds.get(m.step()) == StepKind.BRIEF).map(Message::content)
                    .findFirst().orElse("");
            Boolean first = null;
            Boolean last = null;
            String ledgerProblem = null;
            if (e.ledger()) {
                List<LedgerReply> ledgers = answers.stream().filter(m -> kinds.get(m.step()) == StepKind.LEDGER
                        || kinds.get(m.step()) == StepKind.CORRECTION).map(m -> LedgerReply.read(m.content())).toList();
                first = !ledgers.isEmpty() && ledgers.get(0).conforms();
                last = !ledgers.isEmpty() && ledgers.get(ledgers.size() - 1).conforms();
                ledgerProblem = last ? null : ledgers.isEmpty() ? "no ledger answer"
                        : String.join("; ", ledgers.get(ledgers.size() - 1).problems());
            }
            List<String> failures = BriefGrade.failures(e, answer, running.brief().checks(), ledgerProblem);
            return result(suite, c, model, repeat, failures.isEmpty(), failures.isEmpty() ? "every assertion holds"
                    : String.join("; ", failures), 0, 0, 0, 0, 0, first, last, sessionId);
        } catch (RuntimeException x) {
            return result(suite, c, model, repeat, false, "error: " + message(x), 0, 0, 0, 0, 0, null, null, sessionId);
        }
    }

    private CaseResult result(String suite, EvalCase c, String model, int repeat, boolean passed, String reason,
                              int planted, int found, int findings, int falsePositives, int majorOnClean,
                              Boolean schemaFirst, Boolean schemaFinal, String sessionId) {
        long in = 0;
        long out = 0;
        long latency = 0;
        double spent = 0;
        if (sessionId != null) {
            for (Message m : sessions.messages(sessionId)) {
                if (Message.ASSISTANT.equals(m.role())) {
                    in += m.inputTokens() == null ? 0 : m.inputTokens();
                    out += m.outputTokens() == null ? 0 : m.outputTokens();
                    latency += m.latencyMs() == null ? 0 : m.latencyMs();
                    spent += m.cost() == null ? 0 : m.cost(); // what the gateway priced each answer at
                }
            }
        }
        Double cost = prices.of(model).isPresent() ? spent : null;
        return new CaseResult(suite, c.id(), model, repeat, c.template(), c.isReview() ? "review" : "brief", passed,
                reason, planted, found, findings, falsePositives, c.isReview() && c.review().clean(), majorOnClean,
                schemaFirst, schemaFinal, in, out, cost, latency, sessionId);
    }

    private static String message(Throwable t) {
        return t == null ? "unknown" : t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
