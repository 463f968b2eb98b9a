package dev.designassistant.session;

/** What asked the question of a step. */
public enum StepKind {
    /** The rendered brief itself. */
    BRIEF,
    /** One of the library's follow-up questions, run by the chain. */
    FOLLOW_UP,
    /** A follow-up a user asked later. */
    USER
}
