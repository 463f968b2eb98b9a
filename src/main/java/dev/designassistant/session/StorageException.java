package dev.designassistant.session;

/** The session database could not be read or written; nothing of the failed transaction was kept. */
public class StorageException extends RuntimeException {

    public StorageException(Throwable cause) {
        super("the session database is unavailable", cause);
    }
}
