package dev.designassistant.eval;

import java.util.List;

/** One suite file of {@code evals/}: its name (the file name without {@code .yaml}) and cases. */
public record EvalSuite(String name, String description, List<EvalCase> cases) {
}
