package dev.designassistant.api;

import dev.designassistant.problem.DomainException;
import dev.designassistant.problem.ProblemType;

import java.time.Duration;
import java.time.Instant;

/** A client's answers of today have used up its daily token budget; it resets at midnight UTC. */
public class DailyTokenBudgetExceededException extends DomainException {

    /** Daily token budget exceeded: 429, with Retry-After until midnight UTC. */
    public static final ProblemType TYPE = new ProblemType("daily-token-budget-exceeded",
            "Daily token budget exceeded", 429);

    private final Duration retryAfter;

    public DailyTokenBudgetExceededException(long used, long budget, Instant resetsAt, Instant now) {
        super(TYPE, "This client has used " + used + " tokens today, its daily budget is " + budget
                + "; the budget resets at " + resetsAt + " (midnight UTC).");
        this.retryAfter = Duration.between(now, resetsAt);
    }

    @Override
    public Duration retryAfter() {
        return retryAfter;
    }
}
