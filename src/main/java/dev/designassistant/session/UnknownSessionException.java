package dev.designassistant.session;

/** No session with that id belongs to the caller. */
public class UnknownSessionException extends RuntimeException {

    public UnknownSessionException(String id) {
        super("No session has the id '" + (id.length() > 40 ? id.substring(0, 40) + "…" : id) + "'");
    }
}
