package dev.designassistant.session;

import org.jdbi.v3.sqlobject.statement.SqlBatch;

import java.time.Instant;
import java.util.List;

/**
 * SQL for the leases of claimed steps. Only the claiming instance's running claims are touched: one that another
 * instance took over stays theirs.
 */
interface LeaseDao {

    String MINE = " where session_id = :sessionId and idx = :index and claimed_by = :instance and status = 'RUNNING'";

    /** Extends each claim to {@code until}; per step, 1 if it was still this instance's, else 0. */
    @SqlBatch("update chain_step set lease_until = :until" + MINE)
    int[] renew(List<String> sessionId, List<Integer> index, String instance, Instant until);

    /** Returns each step to pending; per step, 1 if it was still this instance's, else 0. */
    @SqlBatch("update chain_step set status = 'PENDING', claimed_by = null, lease_until = null" + MINE)
    int[] release(List<String> sessionId, List<Integer> index, String instance);
}
