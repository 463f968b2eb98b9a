package dev.designassistant.review;

import dev.designassistant.problem.DomainException;
import dev.designassistant.problem.FieldProblem;
import dev.designassistant.problem.ProblemType;

import java.util.List;

/** The LLM's reply to a review still did not match the findings schema after the service asked again. */
public class NonConformingReviewException extends DomainException {

    /** LLM reply not in the required format: 502. */
    public static final ProblemType TYPE =
            new ProblemType("llm-invalid-reply", "LLM reply not in the required format", 502);

    private final String sessionId;
    private final List<String> problems;

    public NonConformingReviewException(String sessionId, int attempts, List<String> problems) {
        super(TYPE, "The LLM's reply did not match the findings schema after " + attempts + " attempts; "
                + "both replies are in session " + sessionId);
        this.sessionId = sessionId;
        this.problems = List.copyOf(problems);
    }

    public String sessionId() {
        return sessionId;
    }

    @Override
    public String detail() {
        return getMessage() + ". Try again, or use a model that follows JSON schemas more reliably.";
    }

    /** Each problem of the last reply, under the JSON path it concerns ("$.findings[0].severity: …"). */
    @Override
    public List<FieldProblem> errors() {
        return problems.stream().map(NonConformingReviewException::fieldProblem).toList();
    }

    private static FieldProblem fieldProblem(String problem) {
        int colon = problem.indexOf(": ");
        return problem.startsWith("$") && colon > 0
                ? new FieldProblem(problem.substring(0, colon), problem.substring(colon + 2))
                : new FieldProblem("reply", problem);
    }

    /** What was wrong with the last reply. */
    public List<String> problems() {
        return problems;
    }
}
