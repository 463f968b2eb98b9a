package dev.designassistant.session;

import dev.designassistant.problem.DomainException;
import dev.designassistant.problem.ProblemType;

/**
 * The session cannot take a question now: it is answering another one (one LLM call at a time per conversation), or
 * its chain stopped at a failed step that must be resumed first, so that no later answer overtakes it.
 */
public class SessionBusyException extends DomainException {

    /** Session busy: 409. */
    public static final ProblemType TYPE = new ProblemType("session-busy", "Session busy", 409);

    public SessionBusyException(String id) {
        super(TYPE, "Session '" + id + "' is answering another question; try again when its current step is done");
    }

    private SessionBusyException(String id, String why) {
        super(TYPE, "Session '" + id + "' " + why);
    }

    /** The session has a failed step: answering a new question first would put its answer out of order. */
    public static SessionBusyException stopped(String id) {
        return new SessionBusyException(id, "stopped at a failed step; resume its chain first, then ask again");
    }
}
