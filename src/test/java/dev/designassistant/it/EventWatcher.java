package dev.designassistant.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A client watching a session's events ({@code GET /api/sessions/{id}/events}) in the background: the events, and
 * when each arrived.
 */
final class EventWatcher {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private final List<Instant> arrivals = new CopyOnWriteArrayList<>();
    private final CompletableFuture<List<JsonNode>> ended = new CompletableFuture<>();
    private final CompletableFuture<Void> opened = new CompletableFuture<>();

    private EventWatcher() {
    }

    /** Starts watching; returns once the stream's opening state has arrived. */
    static EventWatcher watch(String baseUri, String apiKey, String sessionId) {
        EventWatcher watcher = new EventWatcher();
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUri + "/api/sessions/" + sessionId + "/events"))
                .header("Accept", "text/event-stream").header("Authorization", "Bearer " + apiKey).build();
        HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenAcceptAsync(watcher::read, runnable -> Thread.ofVirtual().start(runnable)) // reading blocks: not on the client's threads
                .exceptionally(failure -> {
                    watcher.opened.completeExceptionally(failure);
                    watcher.ended.completeExceptionally(failure);
                    return null;
                });
        watcher.opened.join();
        return watcher;
    }

    private void read(HttpResponse<Stream<String>> response) {
        if (response.statusCode() != 200) {
            IllegalStateException failure = new IllegalStateException("events answered " + response.statusCode());
            opened.completeExceptionally(failure);
            ended.completeExceptionally(failure);
            return;
        }
        try (Stream<String> lines = response.body()) {
            lines.filter(line -> line.startsWith("data:")).forEach(line -> {
                JsonNode event = parse(line.substring(5).trim());
                arrivals.add(Instant.now()); // the service's clock is this machine's: comparable with its timestamps
                events.add(event);
                opened.complete(null);
            });
            ended.complete(List.copyOf(events));
        } catch (RuntimeException e) {
            opened.completeExceptionally(e);
            ended.completeExceptionally(e);
        }
    }

    /** Every event, once the server has ended the stream (after {@code chain-done}). */
    CompletableFuture<List<JsonNode>> ended() {
        return ended;
    }

    /** When the first event that matches arrived. */
    Instant arrivalOf(Predicate<JsonNode> event) {
        for (int i = 0; i < events.size(); i++) {
            if (event.test(events.get(i))) {
                return arrivals.get(i);
            }
        }
        throw new AssertionError("no such event among " + events);
    }

    private static JsonNode parse(String data) {
        try {
            return JSON.readTree(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
