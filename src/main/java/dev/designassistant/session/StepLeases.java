package dev.designassistant.session;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The leases of claimed steps: renewed while their instance works on them, so a lease can be short and a dead
 * instance's steps are taken over soon; handed back when an instance stops before it could answer them.
 * Only the claiming instance's running claims are touched: one that another instance took over stays theirs.
 */
@ApplicationScoped
public class StepLeases {

    private final Database db;

    public StepLeases(Database db) {
        this.db = db;
    }

    /** Extends the claims of these steps to {@code until}, in one transaction; how many were still this instance's. */
    public int renew(String instance, Collection<ClaimedStep> held, Instant until) {
        if (held.isEmpty()) {
            return 0;
        }
        // a lost renewal only lets the claim run out as if it had not been made
        return db.inTransaction(h -> counted(new LeaseDao(h)
                .renew(sessionIds(held), indexes(held), instance, until)), Durability.WITH_NEXT_WRITE);
    }

    /** Returns these steps to pending for another instance to run at once; how many were still this instance's. */
    public int release(String instance, Collection<ClaimedStep> held) {
        if (held.isEmpty()) {
            return 0;
        }
        return db.inTransaction(h -> counted(new LeaseDao(h)
                .release(sessionIds(held), indexes(held), instance)));
    }

    private static List<String> sessionIds(Collection<ClaimedStep> held) {
        return held.stream().map(ClaimedStep::sessionId).toList();
    }

    private static List<Integer> indexes(Collection<ClaimedStep> held) {
        return held.stream().map(step -> step.step().index()).toList();
    }

    private static int counted(int[] updates) {
        return Arrays.stream(updates).map(count -> Math.max(count, 0)).sum();
    }
}
