package dev.designassistant.session;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

import java.time.Instant;
import java.util.List;

/**
 * SQL for the leases of claimed steps, on one transaction's handle, one batch per call. Only the claiming
 * instance's running claims are touched: one that another instance took over stays theirs.
 */
final class LeaseDao {

    private static final String MINE = " where session_id = :sessionId and idx = :index and claimed_by = :instance "
            + "and status = 'RUNNING'";

    private final Handle h;

    LeaseDao(Handle h) {
        this.h = h;
    }

    /** Extends each claim to {@code until}; per step, 1 if it was still this instance's, else 0. */
    int[] renew(List<String> sessionId, List<Integer> index, String instance, Instant until) {
        PreparedBatch batch = h.prepareBatch("update chain_step set lease_until = :until" + MINE);
        for (int i = 0; i < sessionId.size(); i++) {
            batch.bind("until", until).bind("sessionId", sessionId.get(i)).bind("index", index.get(i))
                    .bind("instance", instance).add();
        }
        return batch.execute();
    }

    /** Returns each step to pending; per step, 1 if it was still this instance's, else 0. */
    int[] release(List<String> sessionId, List<Integer> index, String instance) {
        PreparedBatch batch = h.prepareBatch("update chain_step set status = 'PENDING', claimed_by = null, "
                + "lease_until = null" + MINE);
        for (int i = 0; i < sessionId.size(); i++) {
            batch.bind("sessionId", sessionId.get(i)).bind("index", index.get(i)).bind("instance", instance).add();
        }
        return batch.execute();
    }
}
