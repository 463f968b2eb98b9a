package dev.designassistant.mcp;

import dev.designassistant.catalog.Values;
import dev.designassistant.session.ChainStep;
import dev.designassistant.session.StepKind;

import java.util.List;

/** How a step of a brief's chain is named to the user: the design answer, follow-up i of n, the consistency ledger. */
final class StepLabels {

    private StepLabels() {
    }

    static String of(List<ChainStep> steps, int index) {
        ChainStep step = steps.stream().filter(s -> s.index() == index).findFirst().orElse(null);
        if (index == 0 || step == null) {
            return index == 0 ? "the design answer" : "step " + (index + 1);
        }
        return switch (step.kind()) {
            case FOLLOW_UP -> {
                long of = steps.stream().filter(s -> s.kind() == StepKind.FOLLOW_UP).count();
                long number = steps.stream().filter(s -> s.kind() == StepKind.FOLLOW_UP && s.index() <= index).count();
                yield "follow-up " + number + " of " + of + " ("
                        + Values.abbreviate(step.question().lines().findFirst().orElse("")) + ")";
            }
            case LEDGER -> "the consistency ledger";
            case CORRECTION -> "a correction";
            case USER -> "your question";
            case BRIEF -> "the design answer";
        };
    }
}
