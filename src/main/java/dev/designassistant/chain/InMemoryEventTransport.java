package dev.designassistant.chain;

import java.util.function.Consumer;

/** One instance: every event is delivered at once, in this JVM. */
final class InMemoryEventTransport implements ChainEventTransport {

    private volatile Consumer<ChainEvent> receiver = event -> { };

    @Override
    public void start(Consumer<ChainEvent> receiver, Runnable resync) {
        this.receiver = receiver;
    }

    @Override
    public void send(ChainEvent event) {
        receiver.accept(event);
    }

    @Override
    public void subscribe(String sessionId) {
        // every event of this JVM is delivered here already
    }

    @Override
    public void unsubscribe(String sessionId) {
        // nothing to undo
    }
}
