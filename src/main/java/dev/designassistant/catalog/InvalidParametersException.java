package dev.designassistant.catalog;

import dev.designassistant.problem.DomainException;
import dev.designassistant.problem.FieldProblem;
import dev.designassistant.problem.ProblemType;

import java.util.List;

/** A brief's parameters do not fit the template's schema; carries every problem, not just the first. */
public class InvalidParametersException extends DomainException {

    /** Invalid parameters: 400. */
    public static final ProblemType TYPE = new ProblemType("invalid-parameters", "Invalid parameters", 400);

    private final String templateId;
    private final transient List<ParameterProblem> problems;

    public InvalidParametersException(String templateId, List<ParameterProblem> problems) {
        super(TYPE, problems.size() + " problem(s) with the parameters of template '" + templateId + "'");
        this.templateId = templateId;
        this.problems = List.copyOf(problems);
    }

    public String templateId() {
        return templateId;
    }

    public List<ParameterProblem> problems() {
        return problems;
    }

    @Override
    public List<FieldProblem> errors() {
        return problems.stream().map(p -> new FieldProblem(p.parameter(), p.message())).toList();
    }
}
