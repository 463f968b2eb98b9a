package dev.designassistant.session;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SessionIdsTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    @Test
    void a_new_id_is_a_version_7_uuid_carrying_its_creation_time() {
        UUID id = UUID.fromString(new SessionIds(Clock.fixed(NOW, ZoneOffset.UTC)).next());

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(NOW.toEpochMilli());
    }

    @Test
    void ids_made_later_sort_after_earlier_ones_as_text_as_the_database_orders_them() {
        AtomicLong millis = new AtomicLong(NOW.toEpochMilli());
        SessionIds ids = new SessionIds(new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return Instant.ofEpochMilli(millis.getAndAdd(7));
            }
        });
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            made.add(ids.next());
        }

        assertThat(made).isSorted();
    }

    @Test
    void ids_made_in_the_same_millisecond_are_distinct_and_still_in_order() {
        SessionIds ids = new SessionIds(Clock.fixed(NOW, ZoneOffset.UTC));
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            made.add(ids.next());
        }

        assertThat(new HashSet<>(made)).hasSize(1_000);
        assertThat(made).isSorted();
    }

    @Test
    void ids_of_either_version_name_a_session_and_other_text_names_none() {
        assertThatCode(() -> SessionIds.check(new SessionIds(Clock.systemUTC()).next())).doesNotThrowAnyException();
        assertThatCode(() -> SessionIds.check(UUID.randomUUID().toString())).doesNotThrowAnyException();
        assertThatThrownBy(() -> SessionIds.check("not-a-session\u0000")).isInstanceOf(UnknownSessionException.class);
    }
}
