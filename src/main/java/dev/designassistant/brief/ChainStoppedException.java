package dev.designassistant.brief;

/**
 * A waited-for brief's chain stopped at a failed step. The session is stored and can be resumed; the cause is the
 * failure that stopped it (the LLM's, or the store's).
 */
public class ChainStoppedException extends RuntimeException {

    private final String sessionId;

    public ChainStoppedException(String sessionId, Throwable cause) {
        super(cause.getMessage(), cause);
        this.sessionId = sessionId;
    }

    public String sessionId() {
        return sessionId;
    }
}
