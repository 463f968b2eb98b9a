package dev.designassistant.session;

/** A session's answers have used up its token budget; it takes no more questions. */
public class TokenBudgetExceededException extends RuntimeException {

    public TokenBudgetExceededException(String sessionId, long used, long budget) {
        super("Session '" + sessionId + "' has used " + used + " tokens of its budget of " + budget
                + "; start a new session to go on");
    }
}
