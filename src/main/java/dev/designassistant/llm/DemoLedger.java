package dev.designassistant.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The demo model's consistency ledger: deterministic JSON that matches the ledger schema and says it comes from the
 * demo model, so the ledger step, its report section and the ADR can be tried without a key.
 */
final class DemoLedger {

    /** The sentence a ledger question asks for JSON with (dev.designassistant.ledger.LedgerInstruction). */
    static final String FORMAT_SENTENCE = "Reply with the consistency ledger as a single JSON object";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NOTE = " (demo model: it does not read the answers)";

    private DemoLedger() {
    }

    /** Whether the prompt asks for the ledger. */
    static boolean isLedger(String prompt) {
        return prompt.contains(FORMAT_SENTENCE);
    }

    /** The ledger of a session whose brief ({@code firstPrompt}) opened with its subject line. */
    static String ledger(int answers) {
        ObjectNode reply = JSON.createObjectNode();
        reply.putObject("decision").put("title", "Follow the design answer" + NOTE)
                .put("outcome", "Adopt the design of step 0 as refined by the " + Math.max(0, answers - 1)
                        + " follow-up answer(s).")
                .put("rationale", "A real model would summarise why the answers favour this design.")
                .putArray("consequences").add("A real model would list the consequences the answers name.");
        ObjectNode chosen = reply.putArray("options").addObject().put("name", "The design of step 0" + NOTE);
        chosen.putArray("pros").add("described in the design answer");
        chosen.putArray("cons").add("a real model would weigh it against the alternatives");
        chosen.put("chosen", true);
        reply.putArray("contradictions");
        ObjectNode assumption = reply.putArray("assumptions").addObject()
                .put("assumption", "The brief's figures hold at peak load" + NOTE);
        assumption.putArray("steps").add(0);
        reply.putArray("guarantees").addObject().put("interaction", "client → service" + NOTE)
                .put("delivery", "unspecified").put("ordering", "unspecified").put("idempotency", "unspecified")
                .put("consistency", "unspecified");
        return reply.toString();
    }
}
