package dev.designassistant.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One case of a suite: a template, its parameters and what the answer must show. Exactly one of {@code brief} and
 * {@code review} is set, as the template is a code review or not.
 *
 * @param parameters the values sent (a brief's: the template's examples with the case's own over them; a review's:
 *                   the case's, with the code file's text as {@code code})
 * @param codeText   the review case's code as the model sees it (null for a brief)
 */
public record EvalCase(String id, String template, ObjectNode parameters, String codeText, BriefExpectations brief,
                       ReviewExpectations review) {

    public boolean isReview() {
        return review != null;
    }
}
