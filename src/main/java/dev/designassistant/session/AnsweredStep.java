package dev.designassistant.session;

import java.util.Optional;

/** A chain step's answer as stored, and the chain's next step if this instance claimed one in the same transaction. */
public record AnsweredStep(Message answer, Optional<ClaimedStep> next) {
}
