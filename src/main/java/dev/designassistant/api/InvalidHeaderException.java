package dev.designassistant.api;

import dev.designassistant.problem.DomainException;
import dev.designassistant.problem.FieldProblem;
import dev.designassistant.problem.ProblemType;

import java.util.List;

/** A request header that cannot be taken as it is: 400 {@code /problems/invalid-request} naming the header. */
public class InvalidHeaderException extends DomainException {

    public static final ProblemType TYPE = new ProblemType("invalid-request", "Invalid request", 400);

    private final String header;

    public InvalidHeaderException(String header, String problem) {
        super(TYPE, problem);
        this.header = header;
    }

    public String header() {
        return header;
    }

    @Override
    public String detail() {
        return "the " + header + " header is not valid: " + getMessage();
    }

    @Override
    public List<FieldProblem> errors() {
        return List.of(new FieldProblem(header, getMessage()));
    }
}
