package dev.designassistant.llm;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Builds each model's {@link ModelPipeline} from {@code assistant.llm.retry.*}, {@code circuit-breaker.*},
 * {@code bulkhead.*} and the model's timeout, in Resilience4j registries that the metrics bind to.
 */
@ApplicationScoped
public class PipelineFactory {

    private static final Logger LOG = Logger.getLogger(PipelineFactory.class);

    private final LlmConfig config;
    private final LlmTime time;
    private final LlmMetrics metrics;
    private final CircuitBreakerRegistry breakers = CircuitBreakerRegistry.ofDefaults();
    private final RetryRegistry retries = RetryRegistry.ofDefaults();
    private final TimeLimiterRegistry timeLimiters = TimeLimiterRegistry.ofDefaults();
    private final BulkheadRegistry bulkheads = BulkheadRegistry.ofDefaults();
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    public PipelineFactory(LlmConfig config, LlmTime time, LlmMetrics metrics) {
        this.config = config;
        this.time = time;
        this.metrics = metrics;
        metrics.bind(this);
    }

    ModelPipeline create(ModelSettings model, Rejections rejections) {
        Retry retry = retry(model);
        retry.getEventPublisher().onRetry(e -> {
            String cause = FailureClassifier.classify(e.getLastThrowable()).cause();
            metrics.retry(model.name(), cause);
            LOG.infof("LLM model '%s': attempt %d failed (%s); retrying in %s", model.name(),
                    e.getNumberOfRetryAttempts(), cause, Durations.describe(e.getWaitInterval()));
        });
        CircuitBreaker breaker = breaker(model);
        breaker.getEventPublisher().onStateTransition(e -> {
            String from = e.getStateTransition().getFromState().name();
            String to = e.getStateTransition().getToState().name();
            metrics.transition(model.name(), from, to);
            LOG.warnf("LLM model '%s': circuit breaker %s -> %s", model.name(), from, to);
        });
        return new ModelPipeline(model, retry, breaker, timeLimiter(model), bulkhead(model), executor, config, time,
                rejections);
    }

    CircuitBreakerRegistry breakers() {
        return breakers;
    }

    RetryRegistry retries() {
        return retries;
    }

    TimeLimiterRegistry timeLimiters() {
        return timeLimiters;
    }

    BulkheadRegistry bulkheads() {
        return bulkheads;
    }

    private Retry retry(ModelSettings model) {
        LlmConfig.RetrySettings settings = config.retry();
        return retries.retry(model.name(), RetryConfig.custom()
                .maxAttempts(Math.max(1, settings.maxAttempts()))
                .intervalBiFunction(new Backoff(settings, () -> ThreadLocalRandom.current().nextDouble()))
                .retryOnException(e -> FailureClassifier.classify(e).retriable())
                .failAfterMaxAttempts(false)
                .build());
    }

    private CircuitBreaker breaker(ModelSettings model) {
        LlmConfig.CircuitBreakerSettings settings = config.circuitBreaker();
        return breakers.circuitBreaker(model.name(), CircuitBreakerConfig.custom()
                .failureRateThreshold(settings.failureRateThreshold())
                .slowCallRateThreshold(settings.slowCallRateThreshold())
                .slowCallDurationThreshold(settings.slowCallDuration().orElse(model.timeout()))
                .minimumNumberOfCalls(settings.minimumNumberOfCalls())
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(Math.max(settings.slidingWindowSize(), settings.minimumNumberOfCalls()))
                .waitDurationInOpenState(settings.waitInOpen())
                .permittedNumberOfCallsInHalfOpenState(settings.permittedCallsInHalfOpen())
                .ignoreException(e -> !FailureClassifier.classify(e).countsAgainstBreaker())
                .clock(time.clock())
                .build());
    }

    private TimeLimiter timeLimiter(ModelSettings model) {
        return timeLimiters.timeLimiter(model.name(), TimeLimiterConfig.custom()
                .timeoutDuration(model.timeout())
                .cancelRunningFuture(true)
                .build());
    }

    private Bulkhead bulkhead(ModelSettings model) {
        LlmConfig.BulkheadSettings settings = config.bulkhead();
        return bulkheads.bulkhead(model.name(), BulkheadConfig.custom()
                .maxConcurrentCalls(settings.maxConcurrentCalls())
                .maxWaitDuration(settings.maxWait())
                .build());
    }

    @PreDestroy
    void close() {
        executor.shutdownNow();
    }
}
