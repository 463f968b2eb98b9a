package dev.designassistant.session;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * SQL for chain steps, on one transaction's handle. A step is claimed with a conditional update, so one instance
 * only runs it; a claim carries a lease, and an expired lease (a crashed instance) returns the step to pending.
 * Statuses are {@link StepStatus} names. (Why a class over Jdbi's fluent API: {@link SessionDao}.)
 */
final class StepDao {

    private final Handle h;

    StepDao(Handle h) {
        this.h = h;
    }

    /**
     * Stores a new session's steps from {@code from} on, pending, in one batch (the first is stored claimed: {@link
     * #insertClaimed}).
     */
    void insertPending(String sessionId, List<NewStep> steps, int from) {
        if (from >= steps.size()) {
            return;
        }
        PreparedBatch batch = h.prepareBatch("insert into chain_step (session_id, idx, kind, question, status) "
                + "values (:sessionId, :index, :kind, :question, 'PENDING')");
        for (int i = from; i < steps.size(); i++) {
            batch.bind("sessionId", sessionId).bind("index", i).bind("kind", steps.get(i).kind().name())
                    .bind("question", steps.get(i).question()).add();
        }
        batch.execute();
    }

    /**
     * Stores a step already claimed by this instance (a new session's first, or a step added to a session under its
     * lock: one statement where inserting it pending and then claiming it took two) and returns it as it now stands.
     */
    ChainStep insertClaimed(String sessionId, int index, StepKind kind, String question, String instance,
                            Instant now, Instant leaseUntil) {
        h.createUpdate("insert into chain_step (session_id, idx, kind, question, status, claimed_by, lease_until, "
                        + "started_at) values (:sessionId, :index, :kind, :question, 'RUNNING', :instance, "
                        + ":leaseUntil, :now)")
                .bind("sessionId", sessionId).bind("index", index).bind("kind", kind.name())
                .bind("question", question).bind("instance", instance).bind("leaseUntil", leaseUntil)
                .bind("now", now)
                .execute();
        return running(index, kind, question, now);
    }

    List<ChainStep> list(String sessionId) {
        return h.createQuery("select idx as \"index\", kind, question, status, reason, started_at, finished_at "
                        + "from chain_step where session_id = :sessionId order by idx")
                .bind("sessionId", sessionId)
                .map(RowMapping.STEP).list();
    }

    /** Claims a pending step for this instance; false when another instance was first. */
    boolean claim(String sessionId, int index, String instance, Instant now, Instant leaseUntil) {
        return h.createUpdate("update chain_step set status = 'RUNNING', claimed_by = :instance, "
                        + "lease_until = :leaseUntil, started_at = :now, reason = null "
                        + "where session_id = :sessionId and idx = :index and status = 'PENDING'")
                .bind("instance", instance).bind("leaseUntil", leaseUntil).bind("now", now)
                .bind("sessionId", sessionId).bind("index", index)
                .execute() > 0;
    }

    /** Ends a running step as done or failed (with its reason). */
    void finish(String sessionId, int index, StepStatus status, String reason, Instant now) {
        h.createUpdate("update chain_step set status = :status, reason = :reason, finished_at = :now, "
                        + "claimed_by = null, lease_until = null where session_id = :sessionId and idx = :index")
                .bind("status", status.name()).bind("reason", reason).bind("now", now)
                .bind("sessionId", sessionId).bind("index", index)
                .execute();
    }

    /** Returns the session's failed steps to pending; the number of steps resumed. */
    int resumeFailed(String sessionId) {
        return h.createUpdate("update chain_step set status = 'PENDING', finished_at = null "
                        + "where session_id = :sessionId and status = 'FAILED'")
                .bind("sessionId", sessionId)
                .execute();
    }

    /**
     * Returns to pending every running step claimed by {@code pastSelf} (a past life of this instance) or whose
     * lease ran out.
     */
    int releaseAbandoned(String pastSelf, Instant now) {
        return h.createUpdate("update chain_step set status = 'PENDING', claimed_by = null, lease_until = null "
                        + "where status = 'RUNNING' and (claimed_by = :pastSelf or lease_until < :now)")
                .bind("pastSelf", pastSelf).bind("now", now)
                .execute();
    }

    /** Sessions that have a pending step: the chains there is work for. */
    List<String> sessionsWithPendingSteps() {
        return h.createQuery("select distinct session_id from chain_step where status = 'PENDING'")
                .map(RowMapping.STRING).list();
    }

    int nextIndex(String sessionId) {
        return h.createQuery("select coalesce(max(idx), -1) + 1 from chain_step where session_id = :sessionId")
                .bind("sessionId", sessionId)
                .map(RowMapping.INT).one();
    }

    /** The first pending step, if no step of the session is running or failed before it. */
    Optional<ChainStep> nextRunnable(String sessionId) {
        for (ChainStep step : list(sessionId)) {
            if (step.status() == StepStatus.PENDING) {
                return Optional.of(step);
            }
            if (step.status() != StepStatus.DONE) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Claims a step the caller has just returned to pending under the session's lock, so that no other instance can
     * claim it first, and returns it as it now stands.
     */
    ChainStep claimAdded(String sessionId, int index, StepKind kind, String question, String instance,
                         Instant now, Instant leaseUntil) {
        claim(sessionId, index, instance, now, leaseUntil);
        return running(index, kind, question, now);
    }

    /** A step as a claim leaves it: running since now, no reason, not finished. */
    private static ChainStep running(int index, StepKind kind, String question, Instant now) {
        return new ChainStep(index, kind, question, StepStatus.RUNNING, null, now, null);
    }
}
