package dev.designassistant.api;

import dev.designassistant.problem.DomainException;
import dev.designassistant.problem.ProblemType;

/** An idempotency key came back with a different request than the one it was first used for. */
public class IdempotencyKeyReusedException extends DomainException {

    /** Idempotency key reused: 422. */
    public static final ProblemType TYPE = new ProblemType("idempotency-key-reused", "Idempotency key reused", 422);

    public IdempotencyKeyReusedException(String key) {
        super(TYPE, "Idempotency-Key '" + key + "' was first used for a different request; use a new key for a new request");
    }
}
