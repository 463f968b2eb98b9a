package dev.designassistant.llm;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.functions.Either;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * The pause before retry number {@code n}: the upstream's {@code Retry-After} when it sent one (capped at
 * {@code max-retry-after}), otherwise exponential back-off ({@code initial × multiplier^(n-1)}, capped at
 * {@code max-backoff}) spread by ± {@code jitter} so that many clients do not retry in step.
 */
final class Backoff implements IntervalBiFunction<Object> {

    private final LlmConfig.RetrySettings settings;
    private final DoubleSupplier random;

    Backoff(LlmConfig.RetrySettings settings, DoubleSupplier random) {
        this.settings = settings;
        this.random = random;
    }

    @Override
    public Long apply(Integer attempt, Either<Throwable, Object> outcome) {
        if (outcome.isLeft()) {
            Failure failure = FailureClassifier.classify(outcome.getLeft());
            if (failure.retryAfter().isPresent()) {
                return min(failure.retryAfter().get(), settings.maxRetryAfter()).toMillis();
            }
        }
        return exponential(attempt).toMillis();
    }

    /** The jittered exponential pause before retry number {@code attempt} (1 = the first retry). */
    Duration exponential(int attempt) {
        double base = settings.initialBackoff().toMillis() * Math.pow(settings.multiplier(), Math.max(0, attempt - 1));
        double capped = Math.min(base, settings.maxBackoff().toMillis());
        double jitter = Math.clamp(settings.jitter(), 0.0, 1.0);
        double spread = capped * (1 - jitter + 2 * jitter * random.getAsDouble());
        return Duration.ofMillis(Math.round(Math.min(spread, settings.maxBackoff().toMillis())));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
