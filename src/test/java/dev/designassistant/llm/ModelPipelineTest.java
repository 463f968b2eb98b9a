package dev.designassistant.llm;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The pipeline alone, without HTTP: bulkhead, breaker wait and what escapes it. */
class ModelPipelineTest {

    private final FakeLlmTime time = new FakeLlmTime();
    private PipelineFactory factory;

    @AfterEach
    void close() {
        if (factory != null) {
            factory.close();
        }
    }

    @Test
    void refuses_a_call_when_the_bulkhead_is_full_without_running_it() throws Exception {
        // given a model allowing one call at a time, and one call in progress
        ModelPipeline pipeline = pipeline(Map.of("assistant.llm.bulkhead.max-concurrent-calls", "1"));
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> pipeline.execute(() -> {
            release.await(5, TimeUnit.SECONDS);
            return "first";
        }));
        await().atMost(Duration.ofSeconds(5)).until(() ->
                factory.bulkheads().bulkhead("default").getMetrics().getAvailableConcurrentCalls() == 0);
        AtomicInteger secondRan = new AtomicInteger();

        // when a second call comes, then it is refused at once with a short Retry-After and never runs
        assertThatThrownBy(() -> pipeline.execute(secondRan::incrementAndGet))
                .isInstanceOfSatisfying(LlmUnavailableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(LlmUnavailableException.Reason.BULKHEAD_FULL);
                    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(1));
                });
        assertThat(secondRan).hasValue(0);
        release.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("first");
    }

    @Test
    void an_open_breaker_says_how_long_is_left_of_its_wait() {
        // given a breaker that opens after one failed call and waits 30 s
        ModelPipeline pipeline = pipeline(Map.of(
                "assistant.llm.retry.max-attempts", "1",
                "assistant.llm.circuit-breaker.minimum-number-of-calls", "1",
                "assistant.llm.circuit-breaker.sliding-window-size", "1"));
        assertThatThrownBy(() -> pipeline.execute(() -> {
            throw new java.io.UncheckedIOException(new java.io.IOException("reset"));
        })).isInstanceOf(LlmUnavailableException.class);

        // when 12 s pass and another call comes
        time.advance(Duration.ofSeconds(12));

        // then it is refused, saying 18 s are left
        assertThatThrownBy(() -> pipeline.execute(() -> "never"))
                .isInstanceOfSatisfying(LlmUnavailableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(LlmUnavailableException.Reason.BREAKER_OPEN);
                    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(18));
                });
    }

    private ModelPipeline pipeline(Map<String, String> properties) {
        LlmConfig config = BackoffTest.config(properties);
        factory = new PipelineFactory(config, time, new LlmMetrics(new SimpleMeterRegistry()));
        ModelSettings model = ModelSettings.defaults(config);
        return factory.create(model, new Rejections(new SecretRedactor(List.of())));
    }
}
