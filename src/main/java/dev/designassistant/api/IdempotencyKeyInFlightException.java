package dev.designassistant.api;

import dev.designassistant.problem.DomainException;
import dev.designassistant.problem.ProblemType;

import java.time.Duration;

/** The first request with this idempotency key is still being answered. */
public class IdempotencyKeyInFlightException extends DomainException {

    /** Request in progress: 409. */
    public static final ProblemType TYPE =
            new ProblemType("idempotency-key-in-flight", "Request in progress", 409);

    public IdempotencyKeyInFlightException(String key) {
        super(TYPE, "The first request with Idempotency-Key '" + key + "' is still in progress; repeat it when that one "
                + "is answered to get its result");
    }

    @Override
    public Duration retryAfter() {
        return Duration.ofSeconds(1);
    }
}
