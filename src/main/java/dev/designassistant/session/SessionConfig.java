package dev.designassistant.session;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Where sessions are stored. */
@ConfigMapping(prefix = "assistant.sessions")
public interface SessionConfig {

    /** Name of the active datasource: {@code h2} (embedded file database) or {@code pg} (PostgreSQL). */
    @WithDefault("h2")
    String datasource();

    /**
     * Embedded H2 file database only: flush the commits of concurrent transactions to the file together (each
     * still returns only once its commit is in the file). false: H2 writes the file at every commit, which costs
     * about twice the CPU per brief under load (BENCHMARKS.md, B).
     */
    @WithDefault("true")
    boolean groupCommit();

    /** Most sessions one page of {@code GET /api/sessions} returns. */
    @WithDefault("100")
    int maxPageSize();

    /**
     * Most tokens (input + output, as the LLM counts them) one session may use; a question after that is
     * refused and the chain stops with the reason. 0 = no budget.
     */
    @WithDefault("500000")
    long tokenBudget();

    /** How long an {@code Idempotency-Key} and the response it got are kept; a repeat after this is a new request. */
    @WithDefault("24h")
    Duration idempotencyKeyTtl();

    /**
     * How long a request with an {@code Idempotency-Key} may stay unanswered before its key is treated as
     * abandoned (its process died) and a repeat may run it again.
     */
    @WithDefault("10m")
    Duration idempotencyInFlightTimeout();
}
