package dev.designassistant.session;

import dev.designassistant.problem.DomainException;
import dev.designassistant.problem.ProblemType;

import java.time.Duration;

/**
 * The session cannot take a question now: it is answering another one (one LLM call at a time per conversation), or
 * its chain stopped at a failed step that must be resumed first, so that no later answer overtakes it.
 */
public class SessionBusyException extends DomainException {

    /** Session busy: 409. */
    public static final ProblemType TYPE = new ProblemType("session-busy", "Session busy", 409);

    /** When a client may ask again after a 409 for a session that is answering (its events say exactly when). */
    public static final long RETRY_AFTER_SECONDS = 2;

    private final boolean answering;

    public SessionBusyException(String id) {
        super(TYPE, "Session '" + id + "' is answering another question; try again when its current step is done"
                + " (GET /api/sessions/" + id + "/events tells when)");
        this.answering = true;
    }

    private SessionBusyException(String id, String why) {
        super(TYPE, "Session '" + id + "' " + why);
        this.answering = false;
    }

    /** True when the session is busy answering (worth retrying), false when its chain must be resumed first. */
    public boolean answering() {
        return answering;
    }

    /** Only a session busy answering is worth asking again as it is; a stopped one must be resumed first. */
    @Override
    public Duration retryAfter() {
        return answering ? Duration.ofSeconds(RETRY_AFTER_SECONDS) : null;
    }

    /** The session has a failed step: answering a new question first would put its answer out of order. */
    public static SessionBusyException stopped(String id) {
        return new SessionBusyException(id, "stopped at a failed step; resume its chain first, then ask again");
    }
}
