package dev.designassistant.llm;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;

/**
 * One model's resilience pipeline: retry ∘ circuit breaker ∘ time limit ∘ bulkhead around each upstream call. The
 * retry is the only retry layer (langchain4j's are off); every attempt passes the breaker, runs on a virtual thread
 * under the time limit (cancelled when it runs over) and holds a bulkhead place while it talks to the upstream.
 * Whatever escapes is turned into the gateway's domain exceptions.
 */
final class ModelPipeline {

    private static final Logger LOG = Logger.getLogger(ModelPipeline.class);
    private static final Duration BULKHEAD_RETRY_AFTER = Duration.ofSeconds(1);

    private final ModelSettings model;
    private final Retry retry;
    private final CircuitBreaker breaker;
    private final TimeLimiter timeLimiter;
    private final Bulkhead bulkhead;
    private final ExecutorService executor;
    private final LlmConfig config;
    private final LlmTime time;
    private final Rejections rejections;
    private volatile Instant openedAt;

    ModelPipeline(ModelSettings model, Retry retry, CircuitBreaker breaker, TimeLimiter timeLimiter, Bulkhead bulkhead,
                  ExecutorService executor, LlmConfig config, LlmTime time, Rejections rejections) {
        this.model = model;
        this.retry = retry;
        this.breaker = breaker;
        this.timeLimiter = timeLimiter;
        this.bulkhead = bulkhead;
        this.executor = executor;
        this.config = config;
        this.time = time;
        this.rejections = rejections;
        breaker.getEventPublisher().onStateTransition(e -> {
            if (e.getStateTransition().getToState() == CircuitBreaker.State.OPEN) {
                openedAt = time.clock().instant();
            }
        });
    }

    /** Runs the upstream call through the pipeline, or throws one of the gateway's domain exceptions. */
    <T> T execute(Callable<T> upstreamCall) {
        Callable<T> bulkheaded = Bulkhead.decorateCallable(bulkhead, upstreamCall);
        Callable<T> timeLimited = timeLimiter.decorateFutureSupplier(() -> executor.submit(bulkheaded));
        Callable<T> guarded = CircuitBreaker.decorateCallable(breaker, timeLimited);
        // Resilience4j decides whether and after how long to try again (and counts and publishes it); the pause
        // itself is the gateway's own, through LlmTime, so that tests pass no real time
        Retry.AsyncContext<T> attempts = retry.asyncContext();
        while (true) {
            T result;
            try {
                result = guarded.call();
            } catch (Exception e) {
                pauseOrGiveUp(attempts.onError(e), e);
                continue;
            }
            attempts.onResult(result); // no retry on results: counts the success
            attempts.onComplete();
            return result;
        }
    }

    /** Waits before the next attempt; gives up with the last failure when there is none to make. */
    private void pauseOrGiveUp(long pauseMillis, Exception failure) {
        if (pauseMillis < 0) {
            throw toDomain(failure);
        }
        try {
            time.sleep(Duration.ofMillis(pauseMillis));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw toDomain(failure);
        }
    }

    /** The breaker's state: CLOSED, OPEN, HALF_OPEN… */
    CircuitBreaker.State state() {
        return breaker.getState();
    }

    private RuntimeException toDomain(Exception e) {
        Failure failure = FailureClassifier.classify(e);
        return switch (failure.kind()) {
            case BREAKER_OPEN -> unavailable(LlmUnavailableException.Reason.BREAKER_OPEN, untilHalfOpen(), null);
            case BULKHEAD_FULL -> unavailable(LlmUnavailableException.Reason.BULKHEAD_FULL, BULKHEAD_RETRY_AFTER, null);
            case TIME_LIMIT -> {
                LOG.warnf("LLM model '%s' did not answer within %s; call abandoned", model.name(),
                        Durations.describe(model.timeout()));
                yield new LlmTimeoutException(model.name(), model.timeout());
            }
            case REJECTED -> {
                String reason = rejections.reason(failure, model, e);
                // a 400's reason already quotes the upstream's message
                String detail = failure.status() == 400 ? "" : rejections.upstreamDetail(e);
                LOG.warnf("LLM model '%s' rejected the request: %s%s", model.name(), reason, detail);
                yield new LlmRejectedException(model.name(), reason, rejections.contextTooLong(failure, e));
            }
            case TRANSIENT -> unavailable(LlmUnavailableException.Reason.RETRIES_EXHAUSTED, afterExhaustion(failure),
                    failure.cause());
        };
    }

    private LlmUnavailableException unavailable(LlmUnavailableException.Reason reason, Duration retryAfter,
                                                String lastFailure) {
        LOG.warnf("LLM model '%s' unavailable: %s%s; retry after %s", model.name(), reason.description(),
                lastFailure == null ? "" : " (last failure: " + lastFailure + ")", Durations.describe(retryAfter));
        return new LlmUnavailableException(model.name(), reason, retryAfter, lastFailure);
    }

    /** After the last attempt: the breaker's wait if it opened, else the upstream's wish, else the longest back-off. */
    private Duration afterExhaustion(Failure last) {
        if (breaker.getState() == CircuitBreaker.State.OPEN) {
            return untilHalfOpen();
        }
        return last.retryAfter()
                .map(wish -> wish.compareTo(config.retry().maxRetryAfter()) <= 0 ? wish : config.retry().maxRetryAfter())
                .orElse(config.retry().maxBackoff());
    }

    private Duration untilHalfOpen() {
        Duration wait = config.circuitBreaker().waitInOpen();
        Instant opened = openedAt;
        if (opened == null) {
            return wait;
        }
        Duration left = wait.minus(Duration.between(opened, time.clock().instant()));
        return left.isNegative() ? Duration.ZERO : left;
    }
}
