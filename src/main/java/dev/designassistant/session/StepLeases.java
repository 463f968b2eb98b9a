package dev.designassistant.session;

import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;

/**
 * The leases of claimed steps: renewed while their instance works on them, so a lease can be short and a dead
 * instance's steps are taken over soon; handed back when an instance stops before it could answer them.
 * Only the claiming instance's running claims are touched: one that another instance took over stays theirs.
 */
@ApplicationScoped
public class StepLeases {

    private static final String MINE = " where session_id = ? and idx = ? and claimed_by = ? and status = 'RUNNING'";

    private final Database db;

    public StepLeases(Database db) {
        this.db = db;
    }

    /** Extends the claims of these steps to {@code until}, in one transaction; how many were still this instance's. */
    public int renew(String instance, Collection<ClaimedStep> held, Instant until) {
        if (held.isEmpty()) {
            return 0;
        }
        return db.inTransaction(h -> {
            Connection c = h.getConnection();
            try (PreparedStatement ps = c.prepareStatement("update chain_step set lease_until = ?" + MINE)) {
                for (ClaimedStep step : held) {
                    ps.setTimestamp(1, Timestamp.from(until));
                    ps.setString(2, step.sessionId());
                    ps.setInt(3, step.step().index());
                    ps.setString(4, instance);
                    ps.addBatch();
                }
                int renewed = 0;
                for (int count : ps.executeBatch()) {
                    renewed += Math.max(count, 0);
                }
                return renewed;
            }
        }, Durability.WITH_NEXT_WRITE); // a lost renewal only lets the claim run out as if it had not been made
    }

    /** Returns these steps to pending for another instance to run at once; how many were still this instance's. */
    public int release(String instance, Collection<ClaimedStep> held) {
        if (held.isEmpty()) {
            return 0;
        }
        return db.inTransaction(h -> {
            Connection c = h.getConnection();
            try (PreparedStatement ps = c.prepareStatement("update chain_step set status = 'PENDING', "
                    + "claimed_by = null, lease_until = null" + MINE)) {
                for (ClaimedStep step : held) {
                    ps.setString(1, step.sessionId());
                    ps.setInt(2, step.step().index());
                    ps.setString(3, instance);
                    ps.addBatch();
                }
                int released = 0;
                for (int count : ps.executeBatch()) {
                    released += Math.max(count, 0);
                }
                return released;
            }
        });
    }
}
