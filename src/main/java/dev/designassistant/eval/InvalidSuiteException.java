package dev.designassistant.eval;

import dev.designassistant.problem.DomainException;
import dev.designassistant.problem.FieldProblem;
import dev.designassistant.problem.ProblemType;

import java.util.List;

/**
 * Suite files that cannot be loaded: every problem, each as "file:line: what is wrong". Nothing runs while one
 * remains.
 */
public class InvalidSuiteException extends DomainException {

    public static final ProblemType TYPE = new ProblemType("invalid-eval-suite", "Invalid evaluation suite", 400);

    private final transient List<String> problems;

    public InvalidSuiteException(List<String> problems) {
        super(TYPE, problems.size() + " problem(s) in the evaluation suites: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    @Override
    public List<FieldProblem> errors() {
        return problems.stream().map(p -> new FieldProblem("suite", p)).toList();
    }
}
