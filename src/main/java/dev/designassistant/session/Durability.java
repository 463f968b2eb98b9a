package dev.designassistant.session;

/** When a transaction's writes must be in the database's file: before anyone can be told of them. */
public enum Durability {

    /** Before the call returns: the caller may tell the client at once (a 202 with the session). */
    NOW,

    /**
     * With the next write that waits for the file, or an explicit {@link SessionStore#awaitDurable()}: for a
     * session the client hears of only with its answer or failure, which are stored (durably) first. A process
     * killed before that loses a session nobody was told of; one flush less per waited brief.
     */
    WITH_NEXT_WRITE
}
