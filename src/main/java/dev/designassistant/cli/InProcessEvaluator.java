package dev.designassistant.cli;

import dev.designassistant.catalog.InvalidParametersException;
import dev.designassistant.eval.EvalRequest;
import dev.designassistant.eval.EvalRun;
import dev.designassistant.eval.EvalRunner;
import dev.designassistant.eval.InvalidSuiteException;
import dev.designassistant.session.Owner;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

/** Evaluates with this process's own runner: the same runs as {@code POST /api/evals}. */
@ApplicationScoped
public class InProcessEvaluator implements Evaluator {

    private final EvalRunner runner;

    public InProcessEvaluator(EvalRunner runner) {
        this.runner = runner;
    }

    @Override
    public EvalRun run(EvalRequest request, Listener listener) {
        try {
            EvalRun started = runner.start(request, Owner.ANONYMOUS);
            listener.started(started);
            runner.onCase(started.id(), listener::answered);
            return runner.completion(started.id()).get();
        } catch (InvalidSuiteException e) {
            throw new ReviewFailedException(String.join("\n", e.problems()));
        } catch (InvalidParametersException e) {
            throw new ReviewFailedException(e.problems().stream().map(p -> p.parameter() + " " + p.message())
                    .collect(Collectors.joining("; ")));
        } catch (ExecutionException e) {
            throw new ReviewFailedException("the evaluation failed: " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReviewFailedException("interrupted");
        }
    }
}
