package dev.designassistant.llm;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RetryAfterHeaderTest {

    private final Clock clock = Clock.fixed(Instant.parse("2025-01-01T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void reads_delay_seconds() {
        assertThat(RetryAfterHeader.parse(Optional.of("1"), clock)).contains(Duration.ofSeconds(1));
        assertThat(RetryAfterHeader.parse(Optional.of(" 120 "), clock)).contains(Duration.ofSeconds(120));
    }

    @Test
    void reads_an_http_date_against_the_clock() {
        assertThat(RetryAfterHeader.parse(Optional.of("Wed, 01 Jan 2025 12:00:30 GMT"), clock))
                .contains(Duration.ofSeconds(30));
        assertThat(RetryAfterHeader.parse(Optional.of("Wed, 01 Jan 2025 11:00:00 GMT"), clock))
                .contains(Duration.ZERO);
    }

    @Test
    void ignores_what_it_cannot_read() {
        assertThat(RetryAfterHeader.parse(Optional.empty(), clock)).isEmpty();
        assertThat(RetryAfterHeader.parse(Optional.of("soon"), clock)).isEmpty();
        assertThat(RetryAfterHeader.parse(Optional.of("-5"), clock)).isEmpty();
    }
}
