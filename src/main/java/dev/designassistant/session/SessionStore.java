package dev.designassistant.session;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Sessions as data: created with their steps, read, listed and deleted, each in one transaction. Running the steps
 * (claims, answers, failures, recovery) is {@link StepClaims}'.
 */
@ApplicationScoped
public class SessionStore {

    private final Database db;
    private final Clock clock;
    private final SessionRepository sessions = new SessionRepository();
    private final StepRepository steps = new StepRepository();
    private final MessageRepository messages = new MessageRepository();

    public SessionStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
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
                messages.appendQuestionOnce(c, session.id(), new ChainStep(0, newSteps.get(0).kind(), newSteps.get(0).question(),
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
            messages.appendQuestionOnce(c, session.id(), step, now);
            return new ClaimedStep(session.id(), session.templateId(), session.model(), step);
        });
    }

    /** The session with its steps and messages, if the owner has it. */
    public SessionView view(String id, String owner) {
        SessionIds.check(id);
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
        SessionIds.check(id);
        if (!db.inTransaction(c -> sessions.delete(c, id, owner))) {
            throw new UnknownSessionException(id);
        }
    }

    /** The session's steps, in order. */
    public List<ChainStep> steps(String sessionId) {
        return db.inTransaction(c -> steps.list(c, sessionId));
    }

    /** The conversation so far, in order. */
    public List<Message> messages(String sessionId) {
        return db.inTransaction(c -> messages.list(c, sessionId));
    }
}
