package dev.designassistant.session;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Sessions as the rest of the service sees them. Each method is one transaction; writes to one session lock
 * its row, so messages of a session are never lost or reordered, and a step is claimed by one instance only.
 */
@ApplicationScoped
public class SessionStore {

    private static final Pattern SESSION_ID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final Database db;
    private final Clock clock;
    private final SessionRepository sessions = new SessionRepository();
    private final StepRepository steps = new StepRepository();
    private final MessageRepository messages = new MessageRepository();

    private final long tokenBudget;

    public SessionStore(Database db, Clock clock, SessionConfig config) {
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
        if (tokenBudget > 0 && claimed.tokensUsed() >= tokenBudget) {
            throw new TokenBudgetExceededException(claimed.sessionId(), claimed.tokensUsed(), tokenBudget);
        }
    }

    private void checkTokenBudget(java.sql.Connection c, String sessionId) throws java.sql.SQLException {
        long used = tokenBudget > 0 ? messages.tokensUsed(c, sessionId) : 0;
        if (tokenBudget > 0 && used >= tokenBudget) {
            throw new TokenBudgetExceededException(sessionId, used, tokenBudget);
        }
    }

    /**
     * Stores a new session with its steps (all pending) and the first step's question as its first message, all or
     * nothing: a database failure part-way leaves no session, no step and no message behind.
     */
    public void create(Session session, List<NewStep> newSteps) {
        db.inTransaction(c -> {
            sessions.insert(c, session);
            for (int i = 0; i < newSteps.size(); i++) {
                steps.insert(c, session.id(), i, newSteps.get(i).kind(), newSteps.get(i).question(), StepStatus.PENDING);
            }
            if (!newSteps.isEmpty()) {
                storeQuestion(c, session.id(), new ChainStep(0, newSteps.get(0).kind(), newSteps.get(0).question(),
                        StepStatus.PENDING, null, null, null), session.createdAt());
            }
            return null;
        });
    }

    /**
     * Stores a new session whose one step this instance runs at once (a synchronous use case such as a code
     * review): the session, the step claimed and its question stored, in one transaction, so chain recovery
     * never sees the step pending.
     */
    public ClaimedStep createClaimed(Session session, NewStep first, String instance, Duration lease) {
        return db.inTransaction(c -> {
            sessions.insert(c, session);
            steps.insert(c, session.id(), 0, first.kind(), first.question(), StepStatus.PENDING);
            Instant now = clock.instant();
            steps.claim(c, session.id(), 0, instance, now, now.plus(lease));
            ChainStep step = new ChainStep(0, first.kind(), first.question(), StepStatus.RUNNING, null, now, null);
            storeQuestion(c, session.id(), step, now);
            return new ClaimedStep(session.id(), session.templateId(), session.model(), step);
        });
    }

    /** The session with its steps and messages, if the owner has it. */
    public SessionView view(String id, String owner) {
        checkShape(id);
        return db.inTransaction(c -> {
            Session s = sessions.find(c, id, owner).orElseThrow(() -> new UnknownSessionException(id));
            return new SessionView(s, steps.list(c, id), messages.list(c, id));
        });
    }

    /** One page of the owner's sessions, newest first. */
    public List<Session> page(String owner, int offset, int limit) {
        return db.inTransaction(c -> sessions.page(c, owner, offset, limit));
    }

    public long count(String owner) {
        return db.inTransaction(c -> sessions.count(c, owner));
    }

    public void delete(String id, String owner) {
        checkShape(id);
        if (!db.inTransaction(c -> sessions.delete(c, id, owner))) {
            throw new UnknownSessionException(id);
        }
    }

    /**
     * Claims the session's next pending step for this instance and stores its question as the user message
     * (once: a step resumed after a crash keeps its stored question).
     */
    public Optional<ClaimedStep> claimNext(String sessionId, String instance, Duration lease) {
        return db.inTransaction(c -> {
            Optional<Session> session = sessions.lock(c, sessionId);
            if (session.isEmpty()) {
                return Optional.empty();
            }
            Optional<ChainStep> next = steps.nextRunnable(c, sessionId);
            Instant now = clock.instant();
            if (next.isEmpty() || !steps.claim(c, sessionId, next.get().index(), instance, now, now.plus(lease))) {
                return Optional.empty();
            }
            ChainStep step = next.get();
            storeQuestion(c, sessionId, step, now);
            long used = tokenBudget > 0 ? messages.tokensUsed(c, sessionId) : 0;
            return Optional.of(new ClaimedStep(sessionId, session.get().templateId(), session.get().model(), step,
                    used));
        });
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
        return db.inTransaction(c -> {
            Session session = lockOwned(c, sessionId, owner);
            checkTokenBudget(c, sessionId);
            List<ChainStep> current = steps.list(c, sessionId);
            Optional<ChainStep> retried = failedLastAsking(current, kind, question);
            if (retried.isEmpty() && current.stream().anyMatch(s -> s.status() == StepStatus.FAILED)) {
                throw SessionBusyException.stopped(sessionId);
            }
            if (current.stream().anyMatch(s -> s.status() == StepStatus.PENDING || s.status() == StepStatus.RUNNING)) {
                throw new SessionBusyException(sessionId);
            }
            int index;
            if (retried.isPresent()) {
                index = retried.get().index();
                steps.resumeFailed(c, sessionId); // the same question again: retry its step, stored once
            } else {
                index = steps.nextIndex(c, sessionId);
                steps.insert(c, sessionId, index, kind, question, StepStatus.PENDING);
            }
            Instant now = clock.instant();
            steps.claim(c, sessionId, index, instance, now, now.plus(lease));
            ChainStep step = new ChainStep(index, kind, question, StepStatus.RUNNING, null, now, null);
            storeQuestion(c, sessionId, step, now);
            return new ClaimedStep(sessionId, session.templateId(), session.model(), step);
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
        return db.inTransaction(c -> {
            String id = claimed.sessionId();
            sessions.lock(c, id).orElseThrow(() -> new UnknownSessionException(id));
            OptionalInt stored = messages.seqOf(c, id, claimed.step().index(), Message.ASSISTANT);
            int seq = stored.isPresent() ? stored.getAsInt() : messages.append(c, id, answer);
            steps.finish(c, id, claimed.step().index(), StepStatus.DONE, null, clock.instant());
            sessions.touch(c, id, clock.instant());
            return new Message(seq, answer.role(), answer.content(), answer.step(), answer.model(),
                    answer.inputTokens(), answer.outputTokens(), answer.latencyMs(), answer.createdAt());
        });
    }

    /** Marks a claimed step failed with a reason a user can read; it can be resumed. */
    public void fail(ClaimedStep claimed, String reason) {
        db.inTransaction(c -> {
            steps.finish(c, claimed.sessionId(), claimed.step().index(), StepStatus.FAILED, reason, clock.instant());
            return null;
        });
    }

    /** Returns the owner's failed steps of the session to pending; how many. */
    public int resume(String sessionId, String owner) {
        return db.inTransaction(c -> {
            lockOwned(c, sessionId, owner);
            return steps.resumeFailed(c, sessionId);
        });
    }

    /** The session's steps, in order. */
    public List<ChainStep> steps(String sessionId) {
        return db.inTransaction(c -> steps.list(c, sessionId));
    }

    /** The conversation so far, in order. */
    public List<Message> messages(String sessionId) {
        return db.inTransaction(c -> messages.list(c, sessionId));
    }

    /**
     * Releases steps abandoned by a crash: those claimed by {@code pastSelf} (this instance before a restart;
     * null once running) and those whose lease ran out.
     */
    public int releaseAbandoned(String pastSelf) {
        return db.inTransaction(c -> steps.releaseAbandoned(c, pastSelf == null ? "" : pastSelf, clock.instant()));
    }

    /** Sessions with work left: a pending step. */
    public List<String> sessionsWithPendingSteps() {
        return db.inTransaction(steps::sessionsWithPendingSteps);
    }

    /**
     * Session ids are UUIDs this service made, so any other text names no session, and is not sent to the database
     * either: PostgreSQL fails on a NUL in a parameter, which would make a client's typo a 503.
     */
    private static void checkShape(String id) {
        if (id == null || !SESSION_ID.matcher(id).matches()) {
            throw new UnknownSessionException(String.valueOf(id));
        }
    }

    /** Locks the session if the owner has it; another owner's session does not exist for them. */
    private Session lockOwned(java.sql.Connection c, String sessionId, String owner) throws java.sql.SQLException {
        checkShape(sessionId);
        return sessions.lock(c, sessionId).filter(s -> s.owner().equals(owner))
                .orElseThrow(() -> new UnknownSessionException(sessionId));
    }

    private void storeQuestion(java.sql.Connection c, String sessionId, ChainStep step, Instant now)
            throws java.sql.SQLException {
        if (!messages.exists(c, sessionId, step.index(), Message.USER)) {
            messages.append(c, sessionId, new Message(0, Message.USER, step.question(), step.index(), null, null,
                    null, null, now));
        }
    }
}
