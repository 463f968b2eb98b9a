package dev.designassistant.eval;

import dev.designassistant.problem.DomainException;
import dev.designassistant.problem.ProblemType;

/** No evaluation run of that id belongs to the caller (another client's run is unknown here, as sessions are). */
public class UnknownEvalRunException extends DomainException {

    public static final ProblemType TYPE = new ProblemType("unknown-eval-run", "Unknown evaluation run", 404);

    public UnknownEvalRunException(String id) {
        super(TYPE, "no evaluation run '" + id + "'");
    }
}
