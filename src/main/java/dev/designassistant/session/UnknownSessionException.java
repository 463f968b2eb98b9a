package dev.designassistant.session;

import dev.designassistant.problem.DomainException;
import dev.designassistant.problem.ProblemType;

/** No session with that id belongs to the caller. */
public class UnknownSessionException extends DomainException {

    /** Unknown session: 404. */
    public static final ProblemType TYPE = new ProblemType("unknown-session", "Unknown session", 404);

    public UnknownSessionException(String id) {
        super(TYPE, "No session has the id '" + (id.length() > 40 ? id.substring(0, 40) + "…" : id) + "'");
    }
}
