package dev.designassistant.api;

/**
 * What an {@code Idempotency-Key} stands for: the hash of the first request's body and, once known, the response
 * it got. A record without a response belongs to a request still in flight.
 */
public record IdempotencyRecord(String requestHash, Integer status, String body, String location) {

    public boolean completed() {
        return status != null;
    }
}
