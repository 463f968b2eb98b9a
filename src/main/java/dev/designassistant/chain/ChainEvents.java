package dev.designassistant.chain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Who watches which session's chain, and the server-sent events they get. */
@ApplicationScoped
public class ChainEvents {

    private final ObjectMapper json;
    private final Map<String, Set<Watcher>> watchers = new ConcurrentHashMap<>();

    public ChainEvents(ObjectMapper json) {
        this.json = json;
    }

    private record Watcher(SseEventSink sink, Sse sse) {
    }

    /** Adds a watcher; it receives every later event of the session. */
    void watch(String sessionId, SseEventSink sink, Sse sse) {
        watchers.computeIfAbsent(sessionId, id -> ConcurrentHashMap.newKeySet()).add(new Watcher(sink, sse));
    }

    /** Whether anyone watches the session's events now. */
    boolean watched(String sessionId) {
        Set<Watcher> set = watchers.get(sessionId);
        return set != null && !set.isEmpty();
    }

    /** Sends one event to one sink. */
    void send(SseEventSink sink, Sse sse, ChainEvent event) {
        if (sink.isClosed()) {
            return;
        }
        try {
            sink.send(sse.newEventBuilder().name(event.type()).data(json.writeValueAsString(event)).build())
                    .toCompletableFuture().get(5, TimeUnit.SECONDS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("chain events are plain records", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            sink.close(); // the watcher went away; the chain goes on without it
        }
    }

    /** Sends the event to every watcher of its session; a final event closes their streams. */
    void publish(ChainEvent event) {
        Set<Watcher> set = watchers.getOrDefault(event.sessionId(), Set.of());
        for (Watcher w : set) {
            send(w.sink(), w.sse(), event);
            if (event.isFinal() || w.sink().isClosed()) {
                set.remove(w);
                w.sink().close();
            }
        }
    }
}
