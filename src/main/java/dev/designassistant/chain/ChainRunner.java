package dev.designassistant.chain;

import dev.designassistant.ledger.LedgerInstruction;
import dev.designassistant.ledger.LedgerReply;
import dev.designassistant.llm.ChatTurn;
import dev.designassistant.llm.LlmAnswer;
import dev.designassistant.llm.LlmClient;
import dev.designassistant.session.AnsweredStep;
import dev.designassistant.session.ClaimedStep;
import dev.designassistant.session.Message;
import dev.designassistant.session.StepClaims;
import dev.designassistant.session.StepKind;
import dev.designassistant.session.StepStatus;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs a session's steps one after another, in the background, each with the whole conversation so far.
 * A step's question is stored before its LLM call and its answer right after; a failed call marks the step
 * failed with its reason and stops the chain until it is resumed. While a step's LLM call runs, its claim is
 * renewed ({@link ClaimLeases}); once the instance is stopping it starts no step and hands the next one back.
 */
@ApplicationScoped
public class ChainRunner {

    private static final Logger LOG = Logger.getLogger(ChainRunner.class);

    private final StepClaims claims;
    private final ClaimLeases leases;
    private final ConversationMemory memory;
    private final LlmClient llm;
    private final ResponseCache cache;
    private final ChainEvents events;
    private final ChainInstance instance;
    private final Clock clock;
    private final StepSpans stepSpans;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Set<String> active = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    public ChainRunner(StepClaims claims, ClaimLeases leases, ConversationMemory memory, LlmClient llm,
                       ResponseCache cache, ChainEvents events, ChainInstance instance, Clock clock,
                       StepSpans stepSpans) {
        this.cache = cache;
        this.stepSpans = stepSpans;
        this.claims = claims;
        this.leases = leases;
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
        return run(sessionId, Optional.empty(), false);
    }

    /**
     * As {@link #start(String)}, for a session whose first step this instance claimed when it stored the session
     * (one transaction less per brief).
     */
    public CompletableFuture<Void> start(ClaimedStep first) {
        return start(first, false);
    }

    /**
     * As {@link #start(ClaimedStep)}; with {@code bypassCache} (the request said {@code Cache-Control: no-cache})
     * every step of this run asks the model, not the response cache.
     */
    public CompletableFuture<Void> start(ClaimedStep first, boolean bypassCache) {
        return run(first.sessionId(), Optional.of(first), bypassCache);
    }

    private CompletableFuture<Void> run(String sessionId, Optional<ClaimedStep> first, boolean bypassCache) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (stopping) { // another instance runs it: the claim made with the session goes back at once
            first.ifPresent(step -> leases.release(List.of(step)));
            done.complete(null);
            return done;
        }
        if (!active.add(sessionId)) {
            done.complete(null);
            return done;
        }
        executor.submit(() -> {
            RuntimeException stopped = null;
            try {
                drain(sessionId, first, bypassCache);
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
        return answerNow(claimed, false);
    }

    /** As {@link #answerNow(ClaimedStep)}; with {@code bypassCache} the model is asked, not the response cache. */
    public Message answerNow(ClaimedStep claimed, boolean bypassCache) {
        return answer(claimed, false, bypassCache).answer();
    }

    private void drain(String sessionId, Optional<ClaimedStep> first, boolean bypassCache) {
        Optional<ClaimedStep> next = first.isPresent() || stopping ? first
                : claims.claimNext(sessionId, instance.id(), instance.lease());
        if (next.isEmpty()) {
            return; // nothing to run here (another instance runs it, or it is done): nothing to tell its watchers
        }
        boolean handedOver = false;
        try {
            while (next.isPresent() && !handedOver) {
                if (stopping) {
                    leases.release(List.of(next.get())); // another instance goes on with the chain
                    handedOver = true;
                } else {
                    ClaimedStep claimed = next.get();
                    // each answer stored with the next step's claim
                    AnsweredStep answered = answer(claimed, true, bypassCache);
                    next = answered.next().or(() -> ledgerCorrection(claimed, answered));
                }
            }
        } finally {
            stepSpans.chainStopped(sessionId);
            if (!handedOver) {
                events.chainDone(sessionId); // the chain is read where someone watches it, not here
            }
        }
    }

    private AnsweredStep answer(ClaimedStep claimed, boolean claimNext, boolean bypassCache) {
        leases.hold(claimed);
        try (StepSpans.Step span = stepSpans.open(claimed)) {
            try {
                AnsweredStep answered = answerHeld(claimed, claimNext, bypassCache);
                span.status(StepStatus.DONE.name().toLowerCase(java.util.Locale.ROOT));
                return answered;
            } catch (RuntimeException e) {
                // when stopping, the step went back to be answered elsewhere; else it is stored as failed
                span.failed(e, stopping ? "released" : StepStatus.FAILED.name().toLowerCase(java.util.Locale.ROOT));
                throw e;
            }
        } finally {
            leases.done(claimed);
        }
    }

    private AnsweredStep answerHeld(ClaimedStep claimed, boolean claimNext, boolean bypassCache) {
        String sessionId = claimed.sessionId();
        int index = claimed.step().index();
        events.publish(ChainEvent.step(ChainEvent.STEP_STARTED, sessionId, index, StepStatus.RUNNING.name(), null));
        Message message;
        try {
            claims.requireTokenBudget(claimed);
            message = ask(claimed, memory.conversation(sessionId), bypassCache);
        } catch (RuntimeException e) {
            if (stopping) { // interrupted by the shutdown, or failed meanwhile: another instance tries it again
                leases.release(List.of(claimed));
                throw e;
            }
            String reason = e.getMessage() == null ? "the LLM call failed" : e.getMessage();
            claims.fail(claimed, reason);
            events.publish(ChainEvent.step(ChainEvent.STEP_FAILED, sessionId, index, StepStatus.FAILED.name(), reason));
            throw e;
        }
        AnsweredStep stored = claimNext
                ? claims.completeAndClaimNext(claimed, message, instance.id(), instance.lease())
                : new AnsweredStep(claims.complete(claimed, message), Optional.empty());
        events.publish(ChainEvent.answered(sessionId, index, stored.answer()));
        return stored;
    }

    /** The step's answer: from the response cache when the same call was answered before, else from the model. */
    private Message ask(ClaimedStep claimed, List<ChatTurn> conversation, boolean bypassCache) {
        int index = claimed.step().index();
        Optional<String> key = cache.keyOf(claimed.owner(), claimed.model(), conversation, bypassCache);
        Optional<Message> hit = key.flatMap(k -> cache.find(k, claimed.model(), index));
        if (hit.isPresent()) {
            StepSpans.cacheHit(); // no model call: the step's span says where the answer came from
            return hit.get();
        }
        LlmAnswer answer = llm.chat(claimed.model(), conversation, claimed.templateId());
        key.ifPresent(k -> cache.remember(k, answer));
        return StoredAnswers.message(answer, index, clock.instant());
    }

    /**
     * After the ledger's answer (or its correction's), checks it against the ledger schema and tells watchers; a
     * first reply that does not conform is answered once, in the same session, with its problems (as reviews do).
     */
    private Optional<ClaimedStep> ledgerCorrection(ClaimedStep claimed, AnsweredStep answered) {
        StepKind kind = claimed.step().kind();
        boolean ledger = kind == StepKind.LEDGER;
        if (!ledger && !(kind == StepKind.CORRECTION && claimed.step().question().startsWith(LedgerInstruction.CORRECTION_OPENING))) {
            return Optional.empty();
        }
        LedgerReply reply = LedgerReply.read(answered.answer().content());
        events.publish(ChainEvent.ledger(claimed.sessionId(), claimed.step().index(), reply));
        if (reply.conforms() || !ledger) {
            return Optional.empty();
        }
        return Optional.of(claims.addChainStep(claimed.sessionId(), StepKind.CORRECTION,
                LedgerInstruction.correction(reply.problems()), instance.id(), instance.lease()));
    }

    /** From now on no step is started: chains in progress stop after their current step (shutdown). */
    void stopTaking() {
        stopping = true;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
