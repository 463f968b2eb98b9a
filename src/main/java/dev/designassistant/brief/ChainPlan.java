package dev.designassistant.brief;

import dev.designassistant.ledger.LedgerInstruction;
import dev.designassistant.session.NewStep;
import dev.designassistant.session.StepKind;

import java.util.ArrayList;
import java.util.List;

/**
 * The steps a brief's chain will have: the rendered brief, its follow-ups, and the consistency ledger when the chain
 * has follow-ups to be consistent with (or the brief asks for it). What the brief stores and what its estimate counts.
 */
record ChainPlan(List<NewStep> steps) {

    /**
     * The chain of a rendered brief.
     *
     * @param consistency   the brief's own choice of the ledger; null = the default
     * @param ledgerEnabled {@code assistant.ledger.enabled}: whether the default may add the ledger at all
     */
    static ChainPlan of(String prompt, List<String> followUps, Boolean consistency, boolean ledgerEnabled) {
        List<NewStep> steps = new ArrayList<>();
        steps.add(new NewStep(StepKind.BRIEF, prompt));
        followUps.forEach(q -> steps.add(new NewStep(StepKind.FOLLOW_UP, q)));
        if (withLedger(consistency, ledgerEnabled, followUps)) {
            steps.add(new NewStep(StepKind.LEDGER, LedgerInstruction.question()));
        }
        return new ChainPlan(List.copyOf(steps));
    }

    /**
     * The ledger's rule: a brief's explicit choice wins; absent one, the ledger runs when it is enabled and the chain
     * has follow-ups, and not for a single answer ({@code "followUps": false}), which would otherwise pay for two or
     * three calls (the ledger, perhaps its correction) to get one.
     */
    static boolean withLedger(Boolean consistency, boolean ledgerEnabled, List<String> followUps) {
        return consistency != null ? consistency : ledgerEnabled && !followUps.isEmpty();
    }
}
