package dev.designassistant.cli;

import io.quarkus.runtime.QuarkusApplication;
import jakarta.inject.Singleton;
import picocli.CommandLine;

/** The in-process evaluation: the eval command with this process's {@link InProcessEvaluator}. */
@Singleton
public class EvalApplication implements QuarkusApplication {

    private final InProcessEvaluator evaluator;

    public EvalApplication(InProcessEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    @Override
    public int run(String... args) {
        return new CommandLine(new EvalCommand(url -> evaluator)).execute(args);
    }
}
