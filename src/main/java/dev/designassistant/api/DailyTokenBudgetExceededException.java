package dev.designassistant.api;

import java.time.Duration;
import java.time.Instant;

/** A client's answers of today have used up its daily token budget; it resets at midnight UTC. */
public class DailyTokenBudgetExceededException extends RuntimeException {

    private final Instant resetsAt;
    private final Duration retryAfter;

    public DailyTokenBudgetExceededException(long used, long budget, Instant resetsAt, Instant now) {
        super("This client has used " + used + " tokens today, its daily budget is " + budget
                + "; the budget resets at " + resetsAt + " (midnight UTC)");
        this.resetsAt = resetsAt;
        this.retryAfter = Duration.between(now, resetsAt);
    }

    public Instant resetsAt() {
        return resetsAt;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
