package dev.designassistant.session;

import jakarta.enterprise.context.ApplicationScoped;

import org.jdbi.v3.core.Handle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A session's steps as units of work: claimed by one instance at a time (with a lease), answered, failed with a
 * reason, resumed, and released after a crash. Each method is one transaction; writes lock the session's row, so
 * messages of a session are never lost or reordered and a step is claimed by one instance only.
 */
@ApplicationScoped
public class StepClaims {

    private final Database db;
    private final Clock clock;
    private final long tokenBudget;

    public StepClaims(Database db, Clock clock, SessionConfig config) {
        this.db = db;
        this.clock = clock;
        this.tokenBudget = config.tokenBudget();
    }

    /**
     * Checks that the claimed step's session may spend more tokens, as counted when the step was claimed (no
     * transaction of its own: the count is read in the claim's).
     *
     * @throws TokenBudgetExceededException when its answers have used up the session's token budget
     */
    public void requireTokenBudget(ClaimedStep claimed) {
        requireTokenBudget(claimed.sessionId(), claimed.tokensUsed());
    }

    /** The one budget rule: with a budget set, a session whose answers used it up takes no more questions. */
    private void requireTokenBudget(String sessionId, long used) {
        if (tokenBudget > 0 && used >= tokenBudget) {
            throw new TokenBudgetExceededException(sessionId, used, tokenBudget);
        }
    }

    /** Tokens the session's answers have used, read only when there is a budget to check them against. */
    private long tokensUsed(Handle h, String sessionId) {
        return tokenBudget > 0 ? new MessageDao(h).tokensUsed(sessionId) : 0;
    }

    /**
     * Claims the session's next pending step for this instance and stores its question as the user message
     * (once: a step resumed after a crash keeps its stored question).
     */
    public Optional<ClaimedStep> claimNext(String sessionId, String instance, Duration lease) {
        return db.inTransaction(h -> {
            Optional<Session> session = new SessionDao(h).lock(sessionId);
            return session.isEmpty() ? Optional.<ClaimedStep>empty()
                    : claimNextLocked(h, sessionId, session.get().owner(), session.get().templateId(),
                    session.get().model(), instance, lease);
        });
    }

    private Optional<ClaimedStep> claimNextLocked(Handle h, String sessionId, String owner, String templateId,
                                                  String model, String instance, Duration lease) {
        StepDao steps = new StepDao(h);
        Optional<ChainStep> next = steps.nextRunnable(sessionId);
        Instant now = clock.instant();
        if (next.isEmpty() || !steps.claim(sessionId, next.get().index(), instance, now, now.plus(lease))) {
            return Optional.empty();
        }
        ChainStep step = next.get();
        new MessageDao(h).appendQuestionOnce(sessionId, step, now);
        return Optional.of(new ClaimedStep(sessionId, owner, templateId, model, step, tokensUsed(h, sessionId)));
    }

    /**
     * Adds a user's follow-up as a step claimed by this instance, with its question stored.
     *
     * @throws SessionBusyException while another step of the session is pending or running, or one failed and
     *                              has not been resumed (its answer would come after this one's)
     * @throws TokenBudgetExceededException when the session has used up its token budget
     */
    public ClaimedStep addUserStep(String sessionId, String owner, String question, String instance, Duration lease) {
        return addStep(sessionId, owner, StepKind.USER, question, instance, lease);
    }

    /**
     * Adds a step of the given kind, claimed by this instance, with its question stored.
     *
     * A question that failed last and is asked again retries its step instead of adding one.
     *
     * @throws SessionBusyException while another step of the session is pending or running, or one failed
     * @throws TokenBudgetExceededException when the session has used up its token budget
     */
    public ClaimedStep addStep(String sessionId, String owner, StepKind kind, String question, String instance,
                               Duration lease) {
        return db.inTransaction(h -> {
            Session session = lockOwned(h, sessionId, owner);
            requireTokenBudget(sessionId, tokensUsed(h, sessionId));
            StepDao steps = new StepDao(h);
            List<ChainStep> current = steps.list(sessionId);
            Optional<ChainStep> retried = failedLastAsking(current, kind, question);
            if (retried.isEmpty() && current.stream().anyMatch(s -> s.status() == StepStatus.FAILED)) {
                throw SessionBusyException.stopped(sessionId);
            }
            if (current.stream().anyMatch(s -> s.status() == StepStatus.PENDING || s.status() == StepStatus.RUNNING)) {
                throw new SessionBusyException(sessionId);
            }
            Instant now = clock.instant();
            ChainStep step;
            if (retried.isPresent()) {
                steps.resumeFailed(sessionId); // the same question again: retry its step, stored once
                step = steps.claimAdded(sessionId, retried.get().index(), kind, question, instance, now,
                        now.plus(lease));
            } else {
                step = steps.insertClaimed(sessionId, steps.nextIndex(sessionId), kind, question, instance, now,
                        now.plus(lease));
            }
            new MessageDao(h).appendQuestionOnce(sessionId, step, now);
            return new ClaimedStep(sessionId, session.owner(), session.templateId(), session.model(), step);
        });
    }

    /** The last step, when it is the only unfinished one, failed, and asked this very question. */
    private static Optional<ChainStep> failedLastAsking(List<ChainStep> current, StepKind kind, String question) {
        if (current.isEmpty() || current.stream().filter(s -> s.status() != StepStatus.DONE).count() != 1) {
            return Optional.empty();
        }
        ChainStep last = current.getLast();
        return last.status() == StepStatus.FAILED && last.kind() == kind && last.question().equals(question)
                ? Optional.of(last) : Optional.empty();
    }

    /**
     * Stores the answer of a claimed step and marks it done, in one transaction; the answer as stored, with its
     * place in the conversation (the earlier one if the step had been answered already).
     */
    public Message complete(ClaimedStep claimed, Message answer) {
        return db.inTransaction(h -> completeLocked(h, claimed, answer));
    }

    /**
     * Stores the answer of a claimed chain step, marks it done and claims the chain's next step for this instance,
     * all in one transaction (a chain of n steps takes n + 1 transactions, not 2n + 1): the answer as stored, and
     * the next step if there is one to run.
     */
    public AnsweredStep completeAndClaimNext(ClaimedStep claimed, Message answer, String instance, Duration lease) {
        return db.inTransaction(h -> {
            Message stored = completeLocked(h, claimed, answer);
            return new AnsweredStep(stored, claimNextLocked(h, claimed.sessionId(), claimed.owner(),
                    claimed.templateId(), claimed.model(), instance, lease));
        });
    }

    private Message completeLocked(Handle h, ClaimedStep claimed, Message answer) {
        String id = claimed.sessionId();
        Instant now = clock.instant();
        if (!new SessionDao(h).touch(id, now)) { // locks the session's row: messages go in one at a time
            throw new UnknownSessionException(id);
        }
        MessageDao messages = new MessageDao(h);
        OptionalInt stored = messages.seqOf(id, claimed.step().index(), Message.ASSISTANT);
        int seq = stored.isPresent() ? stored.getAsInt() : messages.append(id, answer);
        new StepDao(h).finish(id, claimed.step().index(), StepStatus.DONE, null, now);
        return answer.at(seq);
    }

    /** Marks a claimed step failed with a reason a user can read; it can be resumed. */
    public void fail(ClaimedStep claimed, String reason) {
        db.inTransaction(h -> {
            new StepDao(h).finish(claimed.sessionId(), claimed.step().index(), StepStatus.FAILED, reason,
                    clock.instant());
            return null;
        });
    }

    /** Returns the owner's failed steps of the session to pending; how many. */
    public int resume(String sessionId, String owner) {
        return db.inTransaction(h -> {
            lockOwned(h, sessionId, owner);
            return new StepDao(h).resumeFailed(sessionId);
        });
    }

    /**
     * Releases steps abandoned by a crash: those claimed by {@code pastSelf} (this instance before a restart;
     * null once running) and those whose lease ran out.
     */
    public int releaseAbandoned(String pastSelf) {
        String past = pastSelf == null ? "" : pastSelf;
        return db.inTransaction(h -> new StepDao(h).releaseAbandoned(past, clock.instant()));
    }

    /** Sessions with work left: a pending step. */
    public List<String> sessionsWithPendingSteps() {
        return db.read(h -> new StepDao(h).sessionsWithPendingSteps());
    }

    /**
     * As {@link #addStep}, for a step the chain itself adds after an answer (a ledger's format correction), on
     * behalf of the session's owner.
     */
    public ClaimedStep addChainStep(String sessionId, StepKind kind, String question, String instance, Duration lease) {
        String owner = db.read(h -> new SessionDao(h).lock(sessionId)).map(Session::owner)
                .orElseThrow(() -> new UnknownSessionException(sessionId));
        return addStep(sessionId, owner, kind, question, instance, lease);
    }

    /** Locks the session if the owner has it; another owner's session does not exist for them. */
    private static Session lockOwned(Handle h, String sessionId, String owner) {
        SessionIds.check(sessionId);
        return new SessionDao(h).lock(sessionId).filter(s -> s.owner().equals(owner))
                .orElseThrow(() -> new UnknownSessionException(sessionId));
    }
}
