package dev.designassistant.api;

import dev.designassistant.problem.DomainException;
import dev.designassistant.problem.FieldProblem;
import dev.designassistant.problem.ProblemType;

import java.util.List;

/**
 * Query parameters or headers a resource checks itself are wrong; one entry per problem, as Bean Validation's
 * violations are reported (the same problem type).
 */
public class InvalidRequestException extends DomainException {

    /** Invalid request: 400. */
    public static final ProblemType TYPE = new ProblemType("invalid-request", "Invalid request", 400);

    private final transient List<FieldProblem> problems;

    public InvalidRequestException(List<FieldProblem> problems) {
        super(TYPE, problems.size() + " problem(s) with the request");
        this.problems = List.copyOf(problems);
    }

    @Override
    public List<FieldProblem> errors() {
        return problems;
    }
}
