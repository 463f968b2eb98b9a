package dev.designassistant.problem;

import java.time.Duration;
import java.util.List;

/**
 * A failure a client can be told about, with the kind of problem it is. Every domain exception extends this, so
 * the one problem+json mapper in {@code api} needs no method per exception, and a new error needs no new mapper:
 * give it a {@link ProblemType} (and, where the message alone does not say enough, a {@link #detail()}).
 */
public abstract class DomainException extends RuntimeException {

    private final transient ProblemType type;

    protected DomainException(ProblemType type, String message) {
        super(message);
        this.type = type;
    }

    protected DomainException(ProblemType type, String message, Throwable cause) {
        super(message, cause);
        this.type = type;
    }

    /** The kind of problem this is. */
    public ProblemType type() {
        return type;
    }

    /** What went wrong this time, as the client reads it: the message unless a subclass says more. */
    public String detail() {
        return getMessage();
    }

    /** One entry per problem when there are several (each naming its parameter); null when it is one problem. */
    public List<FieldProblem> errors() {
        return null;
    }

    /** After how long trying the same again may succeed; null when it will not by itself. */
    public Duration retryAfter() {
        return null;
    }

    /** Whether an operator should read of it in the log (the service's own fault, such as its database down). */
    public boolean operatorAttention() {
        return false;
    }
}
