package dev.designassistant.ledger;

import java.util.List;

/**
 * The question of a session's consistency-ledger step and the message that asks again after a reply that does not
 * match. Both carry {@link #FORMAT_SENTENCE}: the built-in demo model recognises a ledger question by it
 * (dev.designassistant.llm.DemoLedger), so keep the two in step.
 */
public final class LedgerInstruction {

    /** The sentence that asks for the ledger as JSON. */
    public static final String FORMAT_SENTENCE = "Reply with the consistency ledger as a single JSON object";

    /** How a correction of the ledger opens: the chain knows a ledger's correction step by it. */
    public static final String CORRECTION_OPENING = "Your consistency ledger does not conform to the required format:";

    private LedgerInstruction() {
    }

    /** The ledger step's question; the model has every earlier answer of the session in its memory. */
    public static String question() {
        return "Consistency ledger. Re-read every answer of this conversation (step 0 is the design answer, steps 1, "
                + "2, … the follow-ups in order) and check them against each other and against the brief:\n"
                + "- decision: the design decision the answers amount to (title, outcome, rationale, consequences), "
                + "and options: the alternatives they weighed, with pros and cons, marking the chosen one;\n"
                + "- contradictions: two answers that claim incompatible things (which two steps, both claims, "
                + "severity high/medium/low);\n"
                + "- assumptions: what the answers rely on that the brief does not state (and which steps rely on it);\n"
                + "- guarantees: for each interaction between components, its delivery semantics, ordering, "
                + "idempotency and consistency.\n"
                + "Report only what the answers say; an empty list where there is nothing.\n\n"
                + FORMAT_SENTENCE + " that conforms to this JSON schema, and nothing else:\n\n" + LedgerSchema.text();
    }

    /** The message that asks again after a reply with these problems. */
    public static String correction(List<String> problems) {
        StringBuilder text = new StringBuilder(CORRECTION_OPENING).append('\n');
        problems.stream().limit(20).forEach(p -> text.append("- ").append(p).append('\n'));
        return text.append('\n').append(question()).toString();
    }
}
