package dev.designassistant.cli;

import dev.designassistant.eval.CaseResult;
import dev.designassistant.eval.EvalRequest;
import dev.designassistant.eval.EvalRun;

/** Runs an evaluation to its end: in this process, or on a running service. */
public interface Evaluator {

    /** Told of the run once it started, then of each case as it is answered. */
    interface Listener {
        void started(EvalRun run);

        void answered(CaseResult result);
    }

    /**
     * Runs the evaluation, telling {@code listener} of its start and of each case, and returns the ended run.
     *
     * @throws ReviewFailedException it could not run (a suite with problems, an unknown model, the service unreachable…)
     */
    EvalRun run(EvalRequest request, Listener listener);
}
