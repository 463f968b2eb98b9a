package dev.designassistant.catalog;

import java.util.List;

/** A brief's parameters do not fit the template's schema; carries every problem, not just the first. */
public class InvalidParametersException extends RuntimeException {

    private final String templateId;
    private final transient List<ParameterProblem> problems;

    public InvalidParametersException(String templateId, List<ParameterProblem> problems) {
        super(problems.size() + " problem(s) with the parameters of template '" + templateId + "'");
        this.templateId = templateId;
        this.problems = List.copyOf(problems);
    }

    public String templateId() {
        return templateId;
    }

    public List<ParameterProblem> problems() {
        return problems;
    }
}
