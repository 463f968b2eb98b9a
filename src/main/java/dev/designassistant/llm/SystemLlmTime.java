package dev.designassistant.llm;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;

/** Real time: the system clock and {@link Thread#sleep}. */
@ApplicationScoped
public class SystemLlmTime implements LlmTime {

    @Override
    public Clock clock() {
        return Clock.systemUTC();
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        Thread.sleep(duration);
    }
}
