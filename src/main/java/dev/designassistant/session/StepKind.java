package dev.designassistant.session;

/** What asked the question of a step. */
public enum StepKind {
    /** The rendered brief itself. */
    BRIEF,
    /** One of the library's follow-up questions, run by the chain. */
    FOLLOW_UP,
    /** A follow-up a user asked later. */
    USER,
    /** The service asking again because a reply did not have the required format (a code review's findings). */
    CORRECTION,
    /**
     * The consistency ledger at the end of a brief's chain: every answer checked against the others, as JSON. Not a
     * follow-up: a chain's follow-ups are its FOLLOW_UP steps.
     */
    LEDGER
}
