package dev.designassistant.chain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.designassistant.session.ChainStep;
import dev.designassistant.session.SessionStore;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
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

    private final Map<String, Set<Watcher>> watchers = new ConcurrentHashMap<>();
    private final ObjectMapper json;
    private final SessionStore store;

    public ChainEvents(ObjectMapper json, SessionStore store) {
        this.json = json;
        this.store = store;
    }

    /** The event as the JSON of an SSE {@code data:} line. */
    String json(ChainEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("chain events are plain records", e);
        }
    }

    /**
     * A stream of the session's events. The watcher is registered before the opening events are read, so nothing
     * that happens in between is lost, and events that arrive meanwhile wait until the opening is sent, so the
     * state always comes first. The opening is read on a worker thread because it comes from the database.
     */
    public Multi<ChainEvent> watch(String sessionId) {
        return watch(sessionId, () -> opening(sessionId));
    }

    /** What a watcher gets first: the state, and the end at once when nothing is running. */
    private List<ChainEvent> opening(String sessionId) {
        List<ChainStep> steps = store.steps(sessionId); // the caller checked the owner
        ChainEvent state = ChainEvent.chain("state", sessionId, steps);
        return "running".equals(state.status())
                ? List.of(state)
                : List.of(state, ChainEvent.chain("chain-done", sessionId, steps));
    }

    private Multi<ChainEvent> watch(String sessionId, Supplier<List<ChainEvent>> opening) {
        return Multi.createFrom().<ChainEvent>emitter(emitter -> {
            Watcher watcher = new Watcher(emitter);
            watchers.computeIfAbsent(sessionId, id -> ConcurrentHashMap.newKeySet()).add(watcher);
            emitter.onTermination(() -> forget(sessionId, watcher));
            watcher.open(opening.get());
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** Whether anyone watches the session's events now. */
    boolean watched(String sessionId) {
        Set<Watcher> set = watchers.get(sessionId);
        return set != null && !set.isEmpty();
    }

    /** Sends the event to every watcher of its session; a final event ends their streams. */
    void publish(ChainEvent event) {
        for (Watcher watcher : watchers.getOrDefault(event.sessionId(), Set.of())) {
            watcher.deliver(event);
        }
    }

    private void forget(String sessionId, Watcher watcher) {
        watchers.computeIfPresent(sessionId, (id, set) -> {
            set.remove(watcher);
            return set.isEmpty() ? null : set;
        });
    }

    /** One watcher's stream: holds live events back until its opening events are sent. */
    private static final class Watcher {

        private final MultiEmitter<? super ChainEvent> emitter;
        private List<ChainEvent> early = new ArrayList<>();
        private boolean ended;

        Watcher(MultiEmitter<? super ChainEvent> emitter) {
            this.emitter = emitter;
        }

        synchronized void open(List<ChainEvent> opening) {
            opening.forEach(this::emit);
            early.forEach(this::emit);
            early = null;
        }

        synchronized void deliver(ChainEvent event) {
            if (early != null) {
                early.add(event);
            } else {
                emit(event);
            }
        }

        private void emit(ChainEvent event) {
            if (ended || emitter.isCancelled()) {
                return;
            }
            emitter.emit(event);
            if (event.isFinal()) {
                ended = true;
                emitter.complete();
            }
        }
    }
}
