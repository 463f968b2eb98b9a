package dev.designassistant.session;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * SQL for chain steps. A step is claimed with a conditional update, so one instance only runs it; a claim
 * carries a lease, and an expired lease (a crashed instance) returns the step to pending. Statuses are
 * {@link StepStatus} names.
 */
@RegisterConstructorMapper(ChainStep.class)
interface StepDao {

    @SqlUpdate("insert into chain_step (session_id, idx, kind, question, status) "
            + "values (:sessionId, :index, :kind, :question, :status)")
    void insert(String sessionId, int index, StepKind kind, String question, StepStatus status);

    @SqlQuery("select idx as \"index\", kind, question, status, reason, started_at, finished_at "
            + "from chain_step where session_id = :sessionId order by idx")
    List<ChainStep> list(String sessionId);

    /** Claims a pending step for this instance; false when another instance was first. */
    @SqlUpdate("update chain_step set status = 'RUNNING', claimed_by = :instance, lease_until = :leaseUntil, "
            + "started_at = :now, reason = null where session_id = :sessionId and idx = :index and status = 'PENDING'")
    boolean claim(String sessionId, int index, String instance, Instant now, Instant leaseUntil);

    /** Ends a running step as done or failed (with its reason). */
    @SqlUpdate("update chain_step set status = :status, reason = :reason, finished_at = :now, claimed_by = null, "
            + "lease_until = null where session_id = :sessionId and idx = :index")
    void finish(String sessionId, int index, StepStatus status, String reason, Instant now);

    /** Returns the session's failed steps to pending; the number of steps resumed. */
    @SqlUpdate("update chain_step set status = 'PENDING', finished_at = null "
            + "where session_id = :sessionId and status = 'FAILED'")
    int resumeFailed(String sessionId);

    /**
     * Returns to pending every running step claimed by {@code pastSelf} (a past life of this instance) or whose
     * lease ran out.
     */
    @SqlUpdate("update chain_step set status = 'PENDING', claimed_by = null, lease_until = null "
            + "where status = 'RUNNING' and (claimed_by = :pastSelf or lease_until < :now)")
    int releaseAbandoned(String pastSelf, Instant now);

    /** Sessions that have a pending step: the chains there is work for. */
    @SqlQuery("select distinct session_id from chain_step where status = 'PENDING'")
    List<String> sessionsWithPendingSteps();

    @SqlQuery("select coalesce(max(idx), -1) + 1 from chain_step where session_id = :sessionId")
    int nextIndex(String sessionId);

    /** The first pending step, if no step of the session is running or failed before it. */
    default Optional<ChainStep> nextRunnable(String sessionId) {
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
     * Claims a step the caller has just added (or returned to pending) under the session's lock, so that no other
     * instance can claim it first, and returns it as it now stands: running since now.
     */
    default ChainStep claimAdded(String sessionId, int index, StepKind kind, String question, String instance,
                                 Instant now, Instant leaseUntil) {
        claim(sessionId, index, instance, now, leaseUntil);
        return new ChainStep(index, kind, question, StepStatus.RUNNING, null, now, null);
    }
}
