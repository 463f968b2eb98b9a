package dev.designassistant.chain;

import dev.designassistant.session.ChainStep;
import dev.designassistant.session.ClaimedStep;
import dev.designassistant.session.StepKind;
import dev.designassistant.session.StepLeases;
import dev.designassistant.session.StepStatus;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A step's claim is renewed while the step is worked on, and handed back when the instance stops. */
class ClaimLeasesTest {

    private static final Duration LEASE = Duration.ofSeconds(30);

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-30T12:00:00Z"));
    private final RecordingLeases store = new RecordingLeases();
    private final ClaimLeases leases = new ClaimLeases(store, new ChainInstance(config()), clock);

    @Test
    void a_held_step_is_renewed_to_a_lease_from_now_and_no_longer_once_done() {
        ClaimedStep step = step("s1", 0);
        leases.hold(step);

        clock.advance(Duration.ofSeconds(10));
        leases.renew();
        assertThat(store.renewals).containsExactly(new Renewal(List.of(step), clock.instant().plus(LEASE)));

        leases.done(step);
        leases.renew();
        assertThat(store.renewals).hasSize(1);
    }

    @Test
    void nothing_is_written_while_no_step_is_held() {
        leases.renew();

        assertThat(store.renewals).isEmpty();
    }

    @Test
    void on_stop_a_step_that_finishes_within_the_grace_is_not_handed_back_but_one_still_running_after_it_is() {
        ClaimedStep finishing = step("s1", 2);
        ClaimedStep slow = step("s2", 4);
        leases.hold(finishing);
        leases.hold(slow);

        int released = leases.finishOrRelease(Duration.ofSeconds(10), pause -> {
            clock.advance(pause);
            if (clock.instant().isAfter(Instant.parse("2026-11-30T12:00:03Z"))) {
                leases.done(finishing); // its answer is stored 3 s into the grace
            }
            return true;
        });

        assertThat(store.released).containsExactly(slow);
        assertThat(released).isEqualTo(1);
        assertThat(leases.held()).isZero();
        assertThat(clock.instant()).isAfterOrEqualTo(Instant.parse("2026-11-30T12:00:10Z"));
    }

    @Test
    void on_stop_with_nothing_held_nothing_waits_or_is_handed_back() {
        int released = leases.finishOrRelease(Duration.ofSeconds(10), pause -> {
            throw new AssertionError("nothing to wait for");
        });

        assertThat(released).isZero();
        assertThat(store.released).isEmpty();
    }

    private static ClaimedStep step(String session, int index) {
        return new ClaimedStep(session, "outbox-pattern", "default",
                new ChainStep(index, StepKind.FOLLOW_UP, "Why?", StepStatus.RUNNING, null, null, null));
    }

    private static ChainConfig config() {
        return new ChainConfig() {
            @Override
            public Optional<String> instanceId() {
                return Optional.of("instance-a");
            }

            @Override
            public Duration lease() {
                return LEASE;
            }

            @Override
            public Duration leaseRenewal() {
                return Duration.ofSeconds(10);
            }

            @Override
            public Duration recoveryInterval() {
                return Duration.ofSeconds(15);
            }

            @Override
            public Duration shutdownGrace() {
                return Duration.ofSeconds(10);
            }
        };
    }

    private record Renewal(List<ClaimedStep> steps, Instant until) {
    }

    /** The database side, recorded. */
    private static final class RecordingLeases extends StepLeases {

        final List<Renewal> renewals = new ArrayList<>();
        final List<ClaimedStep> released = new ArrayList<>();

        RecordingLeases() {
            super(null);
        }

        @Override
        public int renew(String instance, Collection<ClaimedStep> held, Instant until) {
            assertThat(instance).isEqualTo("instance-a");
            renewals.add(new Renewal(List.copyOf(held), until));
            return held.size();
        }

        @Override
        public int release(String instance, Collection<ClaimedStep> held) {
            released.addAll(held);
            return held.size();
        }
    }

    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

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
            return now;
        }
    }
}
