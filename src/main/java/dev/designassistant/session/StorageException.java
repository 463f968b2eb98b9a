package dev.designassistant.session;

/**
 * The session database could not be read or written; nothing of the failed transaction was kept. Made by
 * {@link Database} only.
 */
public class StorageException extends RuntimeException {

    private final boolean duplicateKey;

    public StorageException(Throwable cause) {
        this(cause, false);
    }

    StorageException(Throwable cause, boolean duplicateKey) {
        super("the session database is unavailable", cause);
        this.duplicateKey = duplicateKey;
    }

    /** The transaction inserted a row whose key another transaction had inserted first (a race, not an outage). */
    public boolean duplicateKey() {
        return duplicateKey;
    }
}
