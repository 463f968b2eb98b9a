package dev.designassistant.session;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Sessions as data: created with their steps, read, listed and deleted, each in one transaction. Running the steps
 * (claims, answers, failures, recovery) is {@link StepClaims}'.
 */
@ApplicationScoped
public class SessionStore {

    private final Database db;
    private final Clock clock;

    public SessionStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Stores a new session with its steps, the first one claimed by this instance and its question stored as the
     * session's first message, all in one transaction: a database failure part-way leaves nothing behind, and chain
     * recovery never sees the first step pending while this instance runs it (after a crash its lease lapses, or
     * the restarted instance releases it). The other steps wait, pending, for the chain to claim them.
     */
    public ClaimedStep createClaimed(Session session, List<NewStep> newSteps, String instance, Duration lease,
                                     Durability durability) {
        return createClaimed(session, newSteps, instance, lease, durability, Optional.empty());
    }

    /**
     * As {@link #createClaimed(Session, List, String, Duration, Durability)}, keeping with the session the span its
     * steps continue from (a W3C {@code traceparent}; docs/observability.md), in the same transaction.
     */
    public ClaimedStep createClaimed(Session session, List<NewStep> newSteps, String instance, Duration lease,
                                     Durability durability, Optional<String> traceParent) {
        if (newSteps.isEmpty()) {
            throw new IllegalArgumentException("a session starts with at least one step");
        }
        return db.inTransaction(h -> {
            new SessionDao(h).insert(session);
            traceParent.ifPresent(parent -> new TraceDao(h).insert(session.id(), parent));
            StepDao steps = new StepDao(h);
            Instant now = clock.instant();
            NewStep first = newSteps.getFirst();
            ChainStep step = steps.insertClaimed(session.id(), 0, first.kind(), first.question(), instance, now,
                    now.plus(lease));
            steps.insertPending(session.id(), newSteps, 1);
            new MessageDao(h).startWithQuestion(session.id(), step, now);
            return new ClaimedStep(session.id(), session.owner(), session.templateId(), session.model(), step);
        }, durability);
    }

    /** The span the session's steps continue from (a W3C {@code traceparent}), if it was kept. */
    public Optional<String> traceParent(String sessionId) {
        return db.read(h -> new TraceDao(h).find(sessionId));
    }

    /** Returns once every session write so far is in the database's file (see {@link Durability#WITH_NEXT_WRITE}). */
    public void awaitDurable() {
        db.awaitDurable();
    }

    /**
     * Checks that the owner has the session, reading its row only.
     *
     * @throws UnknownSessionException when there is none, or another client's
     */
    public void requireOwned(String id, String owner) {
        SessionIds.check(id);
        if (db.read(h -> new SessionDao(h).find(id, owner)).isEmpty()) {
            throw new UnknownSessionException(id);
        }
    }

    /** The session with its steps and messages, if the owner has it. */
    public SessionView view(String id, String owner) {
        SessionIds.check(id);
        return db.read(h -> {
            Session s = new SessionDao(h).find(id, owner).orElseThrow(() -> new UnknownSessionException(id));
            return new SessionView(s, new StepDao(h).list(id), new MessageDao(h).list(id));
        });
    }

    /** One page of the owner's sessions, newest first. */
    public List<Session> page(String owner, int offset, int limit) {
        return db.read(h -> new SessionDao(h).page(owner, offset, limit));
    }

    public long count(String owner) {
        return db.read(h -> new SessionDao(h).count(owner));
    }

    public void delete(String id, String owner) {
        SessionIds.check(id);
        if (!db.inTransaction(h -> new SessionDao(h).delete(id, owner))) {
            throw new UnknownSessionException(id);
        }
    }

    /** The session's steps, in order. */
    public List<ChainStep> steps(String sessionId) {
        return db.read(h -> new StepDao(h).list(sessionId));
    }

    /** The conversation so far, in order. */
    public List<Message> messages(String sessionId) {
        return db.read(h -> new MessageDao(h).list(sessionId));
    }
}
