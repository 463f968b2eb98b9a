package dev.designassistant.llm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Test time: a pause is recorded and moves the clock instead of waiting, so back-off, Retry-After and the breaker's
 * open-state wait are asserted exactly and cost nothing. Enabled per test profile.
 */
@Alternative
@ApplicationScoped
public class FakeLlmTime implements LlmTime {

    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

    private final AtomicReference<Instant> now = new AtomicReference<>(START);
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public void sleep(Duration duration) {
        sleeps.add(duration);
        advance(duration);
    }

    /** Moves the clock forward, as if that much time had passed. */
    public void advance(Duration duration) {
        now.updateAndGet(t -> t.plus(duration));
    }

    /** The pauses asked for since the last {@link #reset()}, in order. */
    public List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    public void reset() {
        sleeps.clear();
    }
}
