package dev.designassistant.chain;

import dev.designassistant.llm.LlmAnswer;
import dev.designassistant.llm.LlmClient;
import dev.designassistant.session.AnsweredStep;
import dev.designassistant.session.ClaimedStep;
import dev.designassistant.session.Message;
import dev.designassistant.session.SessionStore;
import dev.designassistant.session.StepClaims;
import dev.designassistant.session.StepStatus;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs a session's steps one after another, in the background, each with the whole conversation so far.
 * A step's question is stored before its LLM call and its answer right after; a failed call marks the step
 * failed with its reason and stops the chain until it is resumed.
 */
@ApplicationScoped
public class ChainRunner {

    private static final Logger LOG = Logger.getLogger(ChainRunner.class);

    private final SessionStore store;
    private final StepClaims claims;
    private final ConversationMemory memory;
    private final LlmClient llm;
    private final ChainEvents events;
    private final ChainInstance instance;
    private final Clock clock;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Set<String> active = ConcurrentHashMap.newKeySet();

    public ChainRunner(SessionStore store, StepClaims claims, ConversationMemory memory, LlmClient llm,
                       ChainEvents events, ChainInstance instance, Clock clock) {
        this.store = store;
        this.claims = claims;
        this.memory = memory;
        this.llm = llm;
        this.events = events;
        this.instance = instance;
        this.clock = clock;
    }

    /**
     * Runs the session's pending steps in the background, unless this instance is already at it. The future
     * completes when the chain stops: normally when every step is done, exceptionally with the LLM failure that
     * stopped it.
     */
    public CompletableFuture<Void> start(String sessionId) {
        return run(sessionId, Optional.empty());
    }

    /**
     * As {@link #start(String)}, for a session whose first step this instance claimed when it stored the session
     * (one transaction less per brief).
     */
    public CompletableFuture<Void> start(ClaimedStep first) {
        return run(first.sessionId(), Optional.of(first));
    }

    private CompletableFuture<Void> run(String sessionId, Optional<ClaimedStep> first) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (!active.add(sessionId)) {
            done.complete(null);
            return done;
        }
        executor.submit(() -> {
            RuntimeException stopped = null;
            try {
                drain(sessionId, first);
            } catch (RuntimeException e) {
                LOG.warnf("Chain of session %s paused: %s", sessionId, e.getMessage());
                stopped = e;
            } finally {
                // before the waiter hears of it: a resume it sends at once must find the chain not running
                active.remove(sessionId);
            }
            if (stopped == null) {
                done.complete(null);
            } else {
                done.completeExceptionally(stopped);
            }
        });
        return done;
    }

    /** Answers a step claimed for a user's own follow-up, now; rethrows the LLM's failure after storing it. */
    public Message answerNow(ClaimedStep claimed) {
        return answer(claimed, false).answer();
    }

    private void drain(String sessionId, Optional<ClaimedStep> first) {
        try {
            Optional<ClaimedStep> next = first.isPresent() ? first
                    : claims.claimNext(sessionId, instance.id(), instance.lease());
            while (next.isPresent()) {
                next = answer(next.get(), true).next(); // each answer stored with the next step's claim
            }
        } finally {
            // read the chain only for watchers: one transaction less per brief. A watcher arriving after this check
            // reads the stored (finished) chain itself and gets its chain-done from the events endpoint.
            if (events.watched(sessionId)) {
                events.publish(ChainEvent.chain(ChainEvent.CHAIN_DONE, sessionId, store.steps(sessionId)));
            }
        }
    }

    private AnsweredStep answer(ClaimedStep claimed, boolean claimNext) {
        String sessionId = claimed.sessionId();
        int index = claimed.step().index();
        events.publish(ChainEvent.step(ChainEvent.STEP_STARTED, sessionId, index, StepStatus.RUNNING.name(), null));
        LlmAnswer answer;
        try {
            claims.requireTokenBudget(claimed);
            answer = llm.chat(claimed.model(), memory.conversation(sessionId), claimed.templateId());
        } catch (RuntimeException e) {
            String reason = e.getMessage() == null ? "the LLM call failed" : e.getMessage();
            claims.fail(claimed, reason);
            events.publish(ChainEvent.step(ChainEvent.STEP_FAILED, sessionId, index, StepStatus.FAILED.name(), reason));
            throw e;
        }
        Message message = new Message(0, Message.ASSISTANT, answer.content(), index, answer.model(),
                answer.inputTokens(), answer.outputTokens(), answer.latencyMillis(), clock.instant());
        AnsweredStep stored = claimNext
                ? claims.completeAndClaimNext(claimed, message, instance.id(), instance.lease())
                : new AnsweredStep(claims.complete(claimed, message), Optional.empty());
        events.publish(ChainEvent.step(ChainEvent.STEP_DONE, sessionId, index, StepStatus.DONE.name(), null));
        return stored;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
