package dev.designassistant.chain;

import dev.designassistant.session.ClaimedStep;
import dev.designassistant.session.StepLeases;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The steps this instance is answering, and their claims kept alive: renewed every
 * {@code assistant.chain.lease-renewal} while their LLM calls run, so the lease itself can be short and the
 * steps of an instance that dies are taken over by another within about a lease.
 */
@ApplicationScoped
public class ClaimLeases {

    private static final Logger LOG = Logger.getLogger(ClaimLeases.class);

    private final StepLeases leases;
    private final ChainInstance instance;
    private final Clock clock;
    // keyed by session and step: hashing the record itself would hash the step's whole question (the prompt)
    private final Map<StepKey, ClaimedStep> held = new ConcurrentHashMap<>();

    public ClaimLeases(StepLeases leases, ChainInstance instance, Clock clock) {
        this.leases = leases;
        this.instance = instance;
        this.clock = clock;
    }

    /** This instance works on the step now: its claim is renewed until {@link #done}. */
    void hold(ClaimedStep step) {
        held.put(StepKey.of(step), step);
    }

    /** The step is answered, failed or handed back. */
    void done(ClaimedStep step) {
        held.remove(StepKey.of(step), step);
    }

    /** How many steps this instance is working on. */
    int held() {
        return held.size();
    }

    @Scheduled(every = "${assistant.chain.lease-renewal:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void renew() {
        List<ClaimedStep> now = List.copyOf(held.values());
        if (now.isEmpty()) {
            return;
        }
        Instant until = clock.instant().plus(instance.lease());
        try {
            int renewed = leases.renew(instance.id(), now, until);
            if (renewed < now.size()) {
                LOG.debugf("%d of %d claims were no longer this instance's", now.size() - renewed, now.size());
            }
        } catch (RuntimeException e) {
            // the next renewal tries again; a claim that runs out meanwhile is taken over, and its answer stored once
            LOG.warnf("Could not renew the claims of %d step(s): %s", now.size(), e.getMessage());
        }
    }

    /**
     * Waits up to {@code grace} for the held steps to be answered, then hands the rest back to pending so that
     * another instance runs them at once; how many were handed back.
     */
    int finishOrRelease(Duration grace, Sleeper sleeper) {
        Instant deadline = clock.instant().plus(grace);
        while (!held.isEmpty() && clock.instant().isBefore(deadline)) {
            if (!sleeper.sleep(Duration.ofMillis(100))) {
                break;
            }
        }
        return release(List.copyOf(held.values()));
    }

    /** Hands steps back to pending at once (this instance will not answer them). */
    int release(List<ClaimedStep> steps) {
        if (steps.isEmpty()) {
            return 0;
        }
        int released = leases.release(instance.id(), steps);
        steps.forEach(this::done);
        return released;
    }

    /** Waits a while; false when interrupted. */
    @FunctionalInterface
    interface Sleeper {
        boolean sleep(Duration duration);
    }

    private record StepKey(String sessionId, int index) {
        static StepKey of(ClaimedStep step) {
            return new StepKey(step.sessionId(), step.step().index());
        }
    }
}
