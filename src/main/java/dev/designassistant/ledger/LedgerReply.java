package dev.designassistant.ledger;

import dev.designassistant.reply.JsonReply;

import java.util.List;
import java.util.Optional;

/**
 * A model's reply to the ledger question, read against the schema: the ledger when it conforms, else every problem
 * with it. Like a review's findings, a reply in one Markdown code fence is accepted, anything else around the JSON
 * is not ({@link JsonReply}).
 */
public record LedgerReply(Optional<Ledger> ledger, List<String> problems) {

    /** Reads the reply. */
    public static LedgerReply read(String reply) {
        JsonReply json = JsonReply.read(reply);
        if (!json.isJson()) {
            return new LedgerReply(Optional.empty(), List.of(json.problem()));
        }
        List<String> problems = LedgerSchema.problems(json.value());
        return problems.isEmpty()
                ? new LedgerReply(Optional.of(JsonReply.convert(json.value(), Ledger.class)), List.of())
                : new LedgerReply(Optional.empty(), problems);
    }

    /** Whether the reply matched the schema. */
    public boolean conforms() {
        return ledger.isPresent();
    }
}
