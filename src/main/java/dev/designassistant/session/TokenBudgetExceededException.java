package dev.designassistant.session;

import dev.designassistant.problem.DomainException;
import dev.designassistant.problem.ProblemType;

/** A session's answers have used up its token budget; it takes no more questions. */
public class TokenBudgetExceededException extends DomainException {

    /** Token budget exceeded: 422. */
    public static final ProblemType TYPE = new ProblemType("token-budget-exceeded", "Token budget exceeded", 422);

    public TokenBudgetExceededException(String sessionId, long used, long budget) {
        super(TYPE, "Session '" + sessionId + "' has used " + used + " tokens of its budget of " + budget
                + "; start a new session to go on");
    }
}
