package dev.designassistant.chain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.designassistant.session.ChainStep;
import dev.designassistant.session.SessionDataSource;
import dev.designassistant.session.SessionStore;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.subscription.MultiEmitter;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Who watches which session's chain on this instance, and the events they get: a stream per watcher that starts
 * with the session's current state and ends after {@code chain-done}. The HTTP layer owns the streams' lifecycle,
 * so a watcher that arrives after the end is answered and closed cleanly.
 * <p>
 * Events travel through a {@link ChainEventTransport}: in memory with one instance (H2), through PostgreSQL's
 * LISTEN/NOTIFY with several, so a watcher on any instance sees the steps that any other instance runs.
 */
@ApplicationScoped
public class ChainEvents {

    private final Map<String, Set<Watcher>> watchers = new ConcurrentHashMap<>();
    private final ObjectMapper json;
    private final SessionStore store;
    private final ChainEventTransport transport;

    @Inject
    public ChainEvents(ObjectMapper json, SessionStore store, SessionDataSource db) {
        this(json, store, db.shared() ? new PostgresEventTransport(db, json) : new InMemoryEventTransport());
    }

    ChainEvents(ObjectMapper json, SessionStore store, ChainEventTransport transport) {
        this.json = json;
        this.store = store;
        this.transport = transport;
        transport.start(this::deliver, this::resync);
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
     * A stream of the session's events. The watcher is registered (and its instance subscribed to the session's
     * events) before the opening events are read, so nothing that happens in between is lost, and events that
     * arrive meanwhile wait until the opening is sent, so the state always comes first. The opening is read on a
     * worker thread because it comes from the database.
     */
    public Multi<ChainEvent> watch(String sessionId) {
        return watch(sessionId, () -> opening(sessionId, store.steps(sessionId))); // the caller checked the owner
    }

    Multi<ChainEvent> watch(String sessionId, Supplier<List<ChainEvent>> opening) {
        return Multi.createFrom().<ChainEvent>emitter(emitter -> {
            Watcher watcher = new Watcher(emitter);
            watchers.computeIfAbsent(sessionId, id -> ConcurrentHashMap.newKeySet()).add(watcher);
            transport.subscribe(sessionId);
            emitter.onTermination(() -> forget(sessionId, watcher));
            watcher.open(opening.get());
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** Sends the event to every watcher of its session, on every instance; a final event ends their streams. */
    void publish(ChainEvent event) {
        transport.send(event);
    }

    /**
     * Tells the session's watchers that its chain stopped. The chain is read only where someone watches it (one
     * read less per brief): a watcher arriving later reads the stored chain itself.
     */
    void chainDone(String sessionId) {
        transport.send(new ChainEvent(ChainEvent.CHAIN_DONE, sessionId, null, null, null, null, null));
    }

    /** The opening of a watcher: the state, and the end at once when nothing is running. */
    static List<ChainEvent> opening(String sessionId, List<ChainStep> steps) {
        ChainEvent state = ChainEvent.chain(ChainEvent.STATE, sessionId, steps);
        return "running".equals(state.status())
                ? List.of(state)
                : List.of(state, ChainEvent.chain(ChainEvent.CHAIN_DONE, sessionId, steps));
    }

    /** An event from the transport, to this instance's watchers of its session. */
    private void deliver(ChainEvent event) {
        Set<Watcher> set = watchers.get(event.sessionId());
        if (set == null || set.isEmpty()) {
            return;
        }
        ChainEvent whole = event.steps() == null && event.isFinal()
                ? ChainEvent.chain(event.type(), event.sessionId(), store.steps(event.sessionId()))
                : event;
        set.forEach(watcher -> watcher.deliver(whole));
    }

    /** After events may have been lost (a broken connection): every watcher gets its session's state again. */
    private void resync() {
        for (String sessionId : watchers.keySet()) {
            List<ChainEvent> again = opening(sessionId, store.steps(sessionId));
            watchers.getOrDefault(sessionId, Set.of()).forEach(watcher -> again.forEach(watcher::deliver));
        }
    }

    private void forget(String sessionId, Watcher watcher) {
        watchers.computeIfPresent(sessionId, (id, set) -> {
            set.remove(watcher);
            return set.isEmpty() ? null : set;
        });
        transport.unsubscribe(sessionId);
    }

    /** At shutdown, after the chains have handed their steps over (ChainShutdown), before the datasource closes. */
    void stop(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) ShutdownEvent event) {
        transport.stop();
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
