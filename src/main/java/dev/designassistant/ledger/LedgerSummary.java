package dev.designassistant.ledger;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Optional;

/**
 * Where a session's consistency ledger stands: {@code pending} (not answered yet), {@code conforming} with the
 * ledger, or {@code invalid} with the problems of the last reply (after the one correction turn).
 *
 * @param step the step whose answer is the ledger (the ledger step, or its correction)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LedgerSummary(String status, int step, Ledger ledger, List<String> problems) {

    /** A step of a session as the ledger needs it: its index, kind ({@code LEDGER}, {@code CORRECTION}…), answer. */
    public record StepAnswer(int index, String kind, String answer) {
    }

    /** The ledger of a session's steps (in index order), if the session has a ledger step. */
    public static Optional<LedgerSummary> of(List<StepAnswer> steps) {
        int at = -1;
        for (int i = 0; i < steps.size(); i++) {
            if ("LEDGER".equals(steps.get(i).kind())) {
                at = i;
            }
        }
        if (at < 0) {
            return Optional.empty();
        }
        StepAnswer ledger = steps.get(at);
        if (ledger.answer() == null) {
            return Optional.of(new LedgerSummary("pending", ledger.index(), null, null));
        }
        LedgerReply reply = LedgerReply.read(ledger.answer());
        if (!reply.conforms() && at + 1 < steps.size() && "CORRECTION".equals(steps.get(at + 1).kind())) {
            StepAnswer correction = steps.get(at + 1);
            if (correction.answer() == null) {
                return Optional.of(new LedgerSummary("pending", correction.index(), null, null));
            }
            return Optional.of(summary(correction.index(), LedgerReply.read(correction.answer())));
        }
        return Optional.of(summary(ledger.index(), reply));
    }

    private static LedgerSummary summary(int step, LedgerReply reply) {
        return reply.conforms() ? new LedgerSummary("conforming", step, reply.ledger().orElseThrow(), null)
                : new LedgerSummary("invalid", step, null, reply.problems());
    }
}
