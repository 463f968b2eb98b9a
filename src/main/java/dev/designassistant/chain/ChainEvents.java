package dev.designassistant.chain;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Who watches which session's chain, and the events they get: a stream per watcher that starts with the
 * session's current state and ends after {@code chain-done}. The HTTP layer owns the streams' lifecycle, so a
 * watcher that arrives after the end is answered and closed cleanly.
 */
@ApplicationScoped
public class ChainEvents {

    private final Map<String, Set<MultiEmitter<? super ChainEvent>>> watchers = new ConcurrentHashMap<>();

    /**
     * A stream of the session's events. It is registered before the opening events are read, so nothing that
     * happens in between is lost; the opening events (the state, and {@code chain-done} when nothing runs) are
     * read on a worker thread because they come from the database.
     */
    Multi<ChainEvent> watch(String sessionId, Supplier<List<ChainEvent>> opening) {
        return Multi.createFrom().<ChainEvent>emitter(emitter -> {
            Set<MultiEmitter<? super ChainEvent>> set =
                    watchers.computeIfAbsent(sessionId, id -> ConcurrentHashMap.newKeySet());
            set.add(emitter);
            emitter.onTermination(() -> forget(sessionId, emitter));
            for (ChainEvent event : opening.get()) {
                emit(emitter, event);
            }
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** Sends the event to every watcher of its session; a final event ends their streams. */
    void publish(ChainEvent event) {
        for (MultiEmitter<? super ChainEvent> emitter : watchers.getOrDefault(event.sessionId(), Set.of())) {
            emit(emitter, event);
        }
    }

    private static void emit(MultiEmitter<? super ChainEvent> emitter, ChainEvent event) {
        if (emitter.isCancelled()) {
            return;
        }
        emitter.emit(event);
        if (event.isFinal()) {
            emitter.complete();
        }
    }

    private void forget(String sessionId, MultiEmitter<? super ChainEvent> emitter) {
        watchers.computeIfPresent(sessionId, (id, set) -> {
            set.remove(emitter);
            return set.isEmpty() ? null : set;
        });
    }
}
