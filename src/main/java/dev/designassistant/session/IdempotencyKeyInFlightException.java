package dev.designassistant.session;

/** The first request with this idempotency key is still being answered. */
public class IdempotencyKeyInFlightException extends RuntimeException {

    public IdempotencyKeyInFlightException(String key) {
        super("The first request with Idempotency-Key '" + key + "' is still in progress; repeat it when that one "
                + "is answered to get its result");
    }
}
