package dev.designassistant.chain;

import dev.designassistant.session.StepClaims;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Picks chains up again after a crash: at start-up, the steps this instance was running when it died; then
 * periodically, steps whose claim lease ran out (a dead instance) and chains with work left.
 */
@ApplicationScoped
public class ChainRecovery {

    private static final Logger LOG = Logger.getLogger(ChainRecovery.class);

    private final StepClaims claims;
    private final ChainRunner runner;
    private final ChainInstance instance;

    public ChainRecovery(StepClaims claims, ChainRunner runner, ChainInstance instance) {
        this.claims = claims;
        this.runner = runner;
        this.instance = instance;
    }

    void onStart(@Observes StartupEvent event) {
        recover(instance.id());
    }

    @Scheduled(every = "${assistant.chain.recovery-interval:15s}", delayed = "${assistant.chain.recovery-interval:15s}")
    void periodically() {
        recover(null);
    }

    private void recover(String pastSelf) {
        int released = claims.releaseAbandoned(pastSelf);
        var sessions = claims.sessionsWithPendingSteps();
        if (released > 0) {
            LOG.infof("Resuming %d chain(s); %d interrupted step(s) released", sessions.size(), released);
        } else if (!sessions.isEmpty()) {
            // with several instances, chains other instances are running show up here every time
            LOG.debugf("Looking at %d chain(s) with pending steps", sessions.size());
        }
        sessions.forEach(runner::start);
    }
}
