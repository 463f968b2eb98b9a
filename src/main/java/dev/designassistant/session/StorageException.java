package dev.designassistant.session;

import dev.designassistant.problem.DomainException;
import dev.designassistant.problem.ProblemType;

import java.time.Duration;

/**
 * The session database could not be read or written; nothing of the failed transaction was kept. Made by
 * {@link Database} only.
 */
public class StorageException extends DomainException {

    /** Storage unavailable: 503. */
    public static final ProblemType TYPE = new ProblemType("storage-unavailable", "Storage unavailable", 503);

    private final boolean duplicateKey;

    public StorageException(Throwable cause) {
        this(cause, false);
    }

    StorageException(Throwable cause, boolean duplicateKey) {
        super(TYPE, "the session database is unavailable", cause);
        this.duplicateKey = duplicateKey;
    }

    @Override
    public String detail() {
        return "The session database is unavailable; nothing of this request was stored. Try again shortly.";
    }

    @Override
    public Duration retryAfter() {
        return Duration.ofSeconds(5);
    }

    @Override
    public boolean operatorAttention() {
        return true;
    }

    /** The transaction inserted a row whose key another transaction had inserted first (a race, not an outage). */
    public boolean duplicateKey() {
        return duplicateKey;
    }
}
