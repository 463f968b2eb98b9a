package dev.designassistant.chain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.designassistant.ledger.Ledger;
import dev.designassistant.ledger.LedgerReply;
import dev.designassistant.session.AnsweredBy;
import dev.designassistant.session.ChainStep;
import dev.designassistant.session.Message;
import dev.designassistant.session.SessionStatus;
import dev.designassistant.session.StepStatus;

import java.util.List;

/**
 * What a watcher of a session's events receives.
 *
 * @param type  {@code state} (sent first), {@code step-started}, {@code step-done}, {@code step-failed},
 *              {@code ledger} (after the consistency ledger's answer), {@code chain-done}
 * @param steps the whole chain, on {@code state} and {@code chain-done}
 * @param answeredBy on {@code step-done}: the model that answered the step
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChainEvent(String type, String sessionId, Integer step, String status, String reason,
                         List<ChainStep> steps, Ledger ledger, List<String> problems, AnsweredBy answeredBy) {


    /** An event without a ledger (events crossing instances carry none: watchers read the session for it). */
    public ChainEvent(String type, String sessionId, Integer step, String status, String reason, List<ChainStep> steps,
                      AnsweredBy answeredBy) {
        this(type, sessionId, step, status, reason, steps, null, null, answeredBy);
    }

    /** {@code step-done}: the step's answer is stored, given by that model. */
    static ChainEvent answered(String sessionId, int step, Message answer) {
        return new ChainEvent(STEP_DONE, sessionId, step, StepStatus.DONE.name(), null, null, null, null,
                answer.answeredBy());
    }

    /** Sent first to a new watcher: the chain as it stands. */
    public static final String STATE = "state";
    public static final String STEP_STARTED = "step-started";
    public static final String STEP_DONE = "step-done";
    public static final String STEP_FAILED = "step-failed";
    /** The chain stopped: every step done, or one failed. */
    public static final String CHAIN_DONE = "chain-done";

    static ChainEvent step(String type, String sessionId, int step, String status, String reason) {
        return new ChainEvent(type, sessionId, step, status, reason, null, null, null, null);
    }

    /** An event about the whole chain ({@code state} or {@code chain-done}): its status derived from its steps. */
    static ChainEvent chain(String type, String sessionId, List<ChainStep> steps) {
        return new ChainEvent(type, sessionId, null, SessionStatus.of(steps).text(), null, steps, null, null, null);
    }

    /**
     * {@code ledger}: the consistency ledger the step answered, status {@code conforming} with the ledger, or
     * {@code invalid} with the problems of the reply.
     */
    static ChainEvent ledger(String sessionId, int step, LedgerReply reply) {
        return new ChainEvent("ledger", sessionId, step, reply.conforms() ? "conforming" : "invalid", null, null,
                reply.ledger().orElse(null), reply.conforms() ? null : reply.problems(), null);
    }

    /** True for the events after which nothing more happens until someone asks again. */
    @JsonIgnore // not a field of the event: watchers and other instances read the type
    public boolean isFinal() {
        return CHAIN_DONE.equals(type);
    }
}
