package dev.designassistant.ledger;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A session's consistency ledger, as the model answered it (after schema validation): the decision the answers
 * amount to and the options weighed, contradictions between answers, assumptions the brief does not state, and the
 * guarantees of each interaction. Step numbers are the session's step indexes (0 = the design answer).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Ledger(Decision decision, List<Option> options, List<Contradiction> contradictions,
                     List<Assumption> assumptions, List<Guarantee> guarantees) {

    /** The decision the session's answers amount to. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Decision(String title, String outcome, String rationale, List<String> consequences) {
    }

    /** An option the answers weighed. */
    public record Option(String name, List<String> pros, List<String> cons, boolean chosen) {
    }

    /** Two answers that contradict each other. */
    public record Contradiction(List<Integer> steps, String claimA, String claimB, String severity) {
    }

    /** Something the answers rely on that the brief does not state. */
    public record Assumption(String assumption, List<Integer> steps) {
    }

    /** What one interaction guarantees. */
    public record Guarantee(String interaction, String delivery, String ordering, String idempotency,
                            String consistency) {
    }
}
