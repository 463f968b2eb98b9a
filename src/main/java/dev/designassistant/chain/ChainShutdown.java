package dev.designassistant.chain;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * A clean hand-over on SIGTERM (a rolling restart, a scale-down): the instance starts no new step, lets the
 * steps it is answering finish for up to {@code assistant.chain.shutdown-grace}, and hands the others back to
 * pending, so another instance goes on with them at once instead of after their lease, and none runs twice.
 */
@ApplicationScoped
public class ChainShutdown {

    private static final Logger LOG = Logger.getLogger(ChainShutdown.class);

    private final ChainRunner runner;
    private final ClaimLeases leases;
    private final ChainConfig config;

    public ChainShutdown(ChainRunner runner, ClaimLeases leases, ChainConfig config) {
        this.runner = runner;
        this.leases = leases;
        this.config = config;
    }

    void onStop(@Observes ShutdownEvent event) {
        runner.stopTaking();
        int working = leases.held();
        if (working > 0) {
            LOG.infof("Stopping: finishing %d step(s) for up to %s s", working, config.shutdownGrace().toSeconds());
        }
        int released;
        try {
            released = leases.finishOrRelease(config.shutdownGrace(), ChainShutdown::sleep);
        } catch (RuntimeException e) {
            LOG.warnf("Could not hand steps back (%s): other instances take them over when their leases run out",
                    e.getMessage());
            return;
        }
        if (released > 0) {
            LOG.infof("Handed %d unfinished step(s) back to the other instances", released);
        }
    }

    private static boolean sleep(Duration duration) {
        try {
            Thread.sleep(duration);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
