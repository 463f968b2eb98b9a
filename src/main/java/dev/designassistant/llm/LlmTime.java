package dev.designassistant.llm;

import java.time.Clock;
import java.time.Duration;

/**
 * The gateway's clock and pause: the breaker's open-state wait and Retry-After dates read the clock, retry
 * back-off sleeps here. Tests replace it with a fake that records pauses and moves its clock instead of waiting.
 */
public interface LlmTime {

    /** The clock the breaker and Retry-After dates use. */
    Clock clock();

    /** Waits before the next attempt. */
    void sleep(Duration duration) throws InterruptedException;
}
