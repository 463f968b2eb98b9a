package dev.designassistant.session;

/**
 * A step this instance has claimed and must now answer.
 *
 * @param owner      the client whose session it is (a response cache of scope client keeps clients apart by it)
 * @param tokensUsed the tokens the session's answers had used when the step was claimed
 */
public record ClaimedStep(String sessionId, String owner, String templateId, String model, ChainStep step,
                          long tokensUsed) {

    /** A step of a session that has used no tokens yet, or whose budget was checked when it was claimed. */
    public ClaimedStep(String sessionId, String owner, String templateId, String model, ChainStep step) {
        this(sessionId, owner, templateId, model, step, 0);
    }

    /** A step whose owner does not matter to the caller (leases). */
    public ClaimedStep(String sessionId, String templateId, String model, ChainStep step) {
        this(sessionId, null, templateId, model, step, 0);
    }
}
