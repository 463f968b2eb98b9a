package dev.designassistant.eval;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** At start, runs stored as running (the process stopped under them) go on where they were. */
@ApplicationScoped
public class EvalRecovery {

    private final EvalRunner runner;

    public EvalRecovery(EvalRunner runner) {
        this.runner = runner;
    }

    void onStart(@Observes StartupEvent event) {
        runner.resumeAll();
    }
}
