package dev.designassistant.review;

import java.util.List;

/** The LLM's reply to a review still did not match the findings schema after the service asked again. */
public class NonConformingReviewException extends RuntimeException {

    private final String sessionId;
    private final List<String> problems;

    public NonConformingReviewException(String sessionId, int attempts, List<String> problems) {
        super("The LLM's reply did not match the findings schema after " + attempts + " attempts; "
                + "both replies are in session " + sessionId);
        this.sessionId = sessionId;
        this.problems = List.copyOf(problems);
    }

    public String sessionId() {
        return sessionId;
    }

    /** What was wrong with the last reply. */
    public List<String> problems() {
        return problems;
    }
}
