package dev.designassistant.chain;

import java.util.function.Consumer;

/**
 * How a chain event reaches the watchers of its session, whichever instance runs the chain. {@link ChainEvents}
 * keeps the watchers of this instance; a transport carries events between instances: in this JVM's memory when
 * there is one instance (H2), through PostgreSQL's {@code LISTEN}/{@code NOTIFY} when there may be several.
 */
interface ChainEventTransport {

    /**
     * Starts delivering events: each received event goes to {@code receiver}, in the order it was sent; after a
     * lost connection to the others, {@code resync} runs so that watchers re-read what they may have missed.
     */
    void start(Consumer<ChainEvent> receiver, Runnable resync);

    /** Sends the event to every instance (this one included); events of one session arrive in the order sent. */
    void send(ChainEvent event);

    /** Returns once this instance receives the session's events: called before a watcher reads the opening state. */
    void subscribe(String sessionId);

    /** This instance has no watcher of the session any more. */
    void unsubscribe(String sessionId);

    /** Stops sending and receiving (the instance shuts down). */
    default void stop() {
    }
}
