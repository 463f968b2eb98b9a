package dev.designassistant.llm;

import dev.designassistant.problem.DomainException;
import dev.designassistant.problem.FieldProblem;
import dev.designassistant.problem.ProblemType;

import java.util.List;
import java.util.Set;

/** No model of that name is configured. */
public class UnknownModelException extends DomainException {

    /** Unknown model: 400. */
    public static final ProblemType TYPE = new ProblemType("unknown-model", "Unknown model", 400);

    private final String name;
    private final List<String> configured;

    public UnknownModelException(String name, Set<String> configured) {
        super(TYPE, "No model is named '" + abbreviate(name) + "'; configured models: " + String.join(", ",
                configured.stream().sorted().toList()));
        this.name = name;
        this.configured = configured.stream().sorted().toList();
    }

    /** The name asked for. */
    public String name() {
        return name;
    }

    /** The configured model names, sorted. */
    public List<String> configured() {
        return configured;
    }

    @Override
    public List<FieldProblem> errors() {
        return List.of(new FieldProblem("model", "unknown model; configured models: " + String.join(", ", configured)));
    }

    private static String abbreviate(String name) {
        return name.length() <= 60 ? name : name.substring(0, 57) + "...";
    }
}
