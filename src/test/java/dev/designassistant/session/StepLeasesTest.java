package dev.designassistant.session;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The lease SQL against the real database: only this instance's running claims are renewed or handed back. */
@QuarkusTest
class StepLeasesTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    @Inject
    Database db;

    @Inject
    StepLeases leases;

    private String sessionId;
    private ClaimedStep first;
    private ClaimedStep second;

    @BeforeEach
    void two_running_steps_claimed_by_this_instance() {
        sessionId = UUID.randomUUID().toString();
        db.inTransaction(h -> {
            h.createUpdate("insert into session (id, owner, template_id, template_hash, parameters, warnings, model, "
                            + "created_at, updated_at) values (:id, 'local', 'saga-design', 'h', '{}', '[]', 'demo', :now, :now)")
                    .bind("id", sessionId).bind("now", NOW).execute();
            for (int idx = 0; idx < 2; idx++) {
                h.createUpdate("insert into chain_step (session_id, idx, kind, question, status, claimed_by, lease_until, "
                                + "started_at) values (:id, :idx, 'FOLLOW_UP', 'q', 'RUNNING', 'me', :lease, :now)")
                        .bind("id", sessionId).bind("idx", idx).bind("lease", NOW.plusSeconds(30)).bind("now", NOW)
                        .execute();
            }
            return null;
        });
        first = claimed(0);
        second = claimed(1);
    }

    @Test
    void renewing_extends_only_the_claims_this_instance_still_holds() {
        assertThat(leases.renew("me", List.of(first, second), NOW.plusSeconds(60))).isEqualTo(2);
        assertThat(leases.renew("someone-else", List.of(first), NOW.plusSeconds(90))).isZero();

        assertThat(leaseOf(0)).isEqualTo(NOW.plusSeconds(60));
        assertThat(leaseOf(1)).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void releasing_returns_this_instances_steps_to_pending_for_another_instance() {
        assertThat(leases.release("someone-else", List.of(first))).isZero();
        assertThat(leases.release("me", List.of(first))).isEqualTo(1);

        assertThat(statusOf(0)).isEqualTo("PENDING");
        assertThat(statusOf(1)).isEqualTo("RUNNING");
        assertThat(leases.release("me", List.of(first))).as("a released step is no longer this instance's").isZero();
    }

    private ClaimedStep claimed(int idx) {
        return new ClaimedStep(sessionId, "saga-design", "demo",
                new ChainStep(idx, StepKind.FOLLOW_UP, "q", StepStatus.RUNNING, null, NOW, null));
    }

    private Instant leaseOf(int idx) {
        return db.read(h -> h.createQuery("select lease_until from chain_step where session_id = :id and idx = :idx")
                .bind("id", sessionId).bind("idx", idx).mapTo(Instant.class).one());
    }

    private String statusOf(int idx) {
        return db.read(h -> h.createQuery("select status from chain_step where session_id = :id and idx = :idx")
                .bind("id", sessionId).bind("idx", idx).mapTo(String.class).one());
    }
}
