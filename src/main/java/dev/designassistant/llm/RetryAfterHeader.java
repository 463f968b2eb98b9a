package dev.designassistant.llm;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads an HTTP {@code Retry-After} value: delay-seconds or an HTTP-date (RFC 9110 §10.2.3). */
final class RetryAfterHeader {

    private RetryAfterHeader() {
    }

    /** The wait the header asks for; empty when absent or unreadable, zero when the date is past. */
    static Optional<Duration> parse(Optional<String> header, Clock clock) {
        return header.map(String::strip).filter(v -> !v.isEmpty()).flatMap(value -> {
            if (value.chars().allMatch(Character::isDigit)) {
                return value.length() > 9 ? Optional.of(Duration.ofSeconds(999_999_999)) // absurd but valid: capped later
                        : Optional.of(Duration.ofSeconds(Long.parseLong(value)));
            }
            try {
                ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(clock.instant(), at.toInstant());
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }
}
