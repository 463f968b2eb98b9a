package dev.designassistant.session;

/** An idempotency key came back with a different request than the one it was first used for. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException(String key) {
        super("Idempotency-Key '" + key + "' was first used for a different request; use a new key for a new request");
    }
}
