package dev.designassistant.session;

/** Who owns a session. Until clients authenticate, every session belongs to the one anonymous client. */
public final class Owner {

    /** The owner of sessions created without a client identity. */
    public static final String ANONYMOUS = "anonymous";

    private Owner() {
    }
}
