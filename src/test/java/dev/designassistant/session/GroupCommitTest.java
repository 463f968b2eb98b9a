package dev.designassistant.session;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GroupCommitTest {

    @Test
    void aLoneCommitIsFlushedByItsOwnCaller() {
        AtomicInteger flushes = new AtomicInteger();
        GroupCommit group = new GroupCommit(flushes::incrementAndGet);

        group.awaitDurable();
        group.awaitDurable();

        assertThat(flushes).hasValue(2);
    }

    @Test
    void commitsMadeDuringAFlushShareTheNextOneAndNoneReturnsBeforeAFlushThatStartedAfterIt() throws Exception {
        CountDownLatch firstFlushStarted = new CountDownLatch(1);
        CountDownLatch releaseFirstFlush = new CountDownLatch(1);
        AtomicInteger flushes = new AtomicInteger();
        List<Integer> flushSeenBy = java.util.Collections.synchronizedList(new ArrayList<>());
        GroupCommit group = new GroupCommit(() -> {
            if (flushes.incrementAndGet() == 1) {
                firstFlushStarted.countDown();
                await(releaseFirstFlush);
            }
        });
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<?> leader = threads.submit(group::awaitDurable);
            await(firstFlushStarted);
            List<Future<?>> followers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                followers.add(threads.submit(() -> {
                    group.awaitDurable();
                    flushSeenBy.add(flushes.get());
                }));
            }
            while (group.ticketsIssued() < 21) {
                Thread.onSpinWait(); // until all 20 have committed and wait behind the running flush
            }
            assertThat(flushSeenBy).as("nobody returns on a flush that started before its commit").isEmpty();
            releaseFirstFlush.countDown();
            leader.get(5, TimeUnit.SECONDS);
            for (Future<?> f : followers) {
                f.get(5, TimeUnit.SECONDS);
            }
        }
        assertThat(flushSeenBy).hasSize(20).allSatisfy(seen -> assertThat(seen).isGreaterThanOrEqualTo(2));
        assertThat(flushes.get()).as("the 20 waiting commits share flushes").isLessThan(21);
    }

    @Test
    void aFailedFlushFailsItsLeaderAndTheNextCallerFlushesAgain() {
        AtomicInteger flushes = new AtomicInteger();
        GroupCommit group = new GroupCommit(() -> {
            if (flushes.incrementAndGet() == 1) {
                throw new StorageException(new java.sql.SQLException("disk full"));
            }
        });

        assertThatThrownBy(group::awaitDurable).isInstanceOf(StorageException.class);
        group.awaitDurable();

        assertThat(flushes).hasValue(2);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
