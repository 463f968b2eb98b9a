package dev.designassistant.session;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Group commit: a caller whose transaction has committed waits until a flush that started after its commit has
 * written the store to its file; whoever finds no flush running performs the next one, for every commit made so
 * far. One at a time the cost is one flush per transaction, as before; under load one flush carries many
 * transactions, which is what lets an embedded H2 file database keep up with 1,000 briefs a second
 * (BENCHMARKS.md, B) without acknowledging anything a killed process could lose.
 * <p>
 * No thread of its own: the leader flushes on its (virtual) thread while the others wait. A failed flush fails
 * its leader; the waiters then try again, each possibly as the next leader, so every caller learns whether its
 * commit reached the file.
 */
final class GroupCommit {

    /** Writes every commit made so far to the file. */
    @FunctionalInterface
    interface Flush {
        void run();
    }

    private final Flush flush;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition flushed = lock.newCondition();
    private long requested; // tickets handed out, one per committed transaction
    private long durable;   // every ticket up to this one is in the file
    private boolean flushing;

    GroupCommit(Flush flush) {
        this.flush = flush;
    }

    /** Returns once the caller's (already committed) transaction is in the file. */
    void awaitDurable() {
        lock.lock();
        try {
            long ticket = ++requested;
            while (durable < ticket) {
                if (flushing) {
                    flushed.awaitUninterruptibly();
                } else {
                    flushAsLeader();
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Commits that have asked to be made durable so far (for tests). */
    long ticketsIssued() {
        lock.lock();
        try {
            return requested;
        } finally {
            lock.unlock();
        }
    }

    /** Called with the lock held; flushes without it, so commits made meanwhile join the next flush. */
    private void flushAsLeader() {
        flushing = true;
        long covered = requested; // every ticket so far belongs to a commit made before this flush starts
        boolean written = false;
        lock.unlock();
        try {
            flush.run();
            written = true;
        } finally {
            lock.lock();
            flushing = false;
            if (written) {
                durable = Math.max(durable, covered);
            }
            flushed.signalAll();
        }
    }
}
