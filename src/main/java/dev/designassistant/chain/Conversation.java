package dev.designassistant.chain;

import dev.designassistant.catalog.InvalidParametersException;
import dev.designassistant.catalog.ParameterProblem;
import dev.designassistant.catalog.Values;
import dev.designassistant.session.ClaimedStep;
import dev.designassistant.session.Message;
import dev.designassistant.session.StepClaims;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** A follow-up question asked in a session's memory and answered at once (the HTTP API's and the MCP tool's). */
@ApplicationScoped
public class Conversation {

    static final int MAX_QUESTION = 20_000;

    private final StepClaims claims;
    private final ChainRunner runner;
    private final ChainInstance instance;

    public Conversation(StepClaims claims, ChainRunner runner, ChainInstance instance) {
        this.claims = claims;
        this.runner = runner;
        this.instance = instance;
    }

    /**
     * Checks a question before anything is stored or counted.
     *
     * @throws InvalidParametersException naming the field ({@code content} in the API)
     */
    public static void requireQuestion(String field, String question) {
        if (question == null || question.isBlank() || question.length() > MAX_QUESTION) {
            throw new InvalidParametersException("message", List.of(new ParameterProblem(field,
                    "is required: a question of 1 to " + MAX_QUESTION + " characters")));
        }
        Values.unsafeCharacter(question).ifPresent(why -> {
            throw new InvalidParametersException("message", List.of(new ParameterProblem(field, why)));
        });
    }

    /** Asks the owner's session the question and returns the stored answer. */
    public Message ask(String sessionId, String owner, String question) {
        ClaimedStep claimed = claims.addUserStep(sessionId, owner, question, instance.id(), instance.lease());
        return runner.answerNow(claimed);
    }
}
