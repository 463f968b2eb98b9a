package dev.designassistant.session;

/** The session is answering another question; one LLM call at a time per conversation. */
public class SessionBusyException extends RuntimeException {

    public SessionBusyException(String id) {
        super("Session '" + id + "' is answering another question; try again when its current step is done");
    }
}
