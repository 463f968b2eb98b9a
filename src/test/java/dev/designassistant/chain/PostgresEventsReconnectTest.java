package dev.designassistant.chain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.designassistant.llm.Fixtures;
import dev.designassistant.llm.InjectWireMock;
import dev.designassistant.llm.WireMockLlm;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * On PostgreSQL, chain events reach watchers through LISTEN/NOTIFY on a connection of their own. When that
 * connection breaks, the instance reconnects and its watchers get the session's state again, then the rest of the
 * chain live: they miss nothing.
 */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@QuarkusTestResource(value = WireMockLlm.class, restrictToAnnotatedClass = true)
class PostgresEventsReconnectTest {

    private final ObjectMapper json = new ObjectMapper();

    @InjectWireMock
    WireMockServer llm;

    @Test
    void a_watcher_whose_listening_connection_breaks_gets_the_state_again_and_every_later_step() throws Exception {
        llm.resetAll();
        llm.stubFor(post(urlEqualTo(WireMockLlm.CHAT_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withFixedDelay(700)
                .withBody(Fixtures.llm("chain-answer.json"))));
        Map<?, ?> example = given().get("/api/templates/outbox-pattern").then().extract().path("example");
        String id = given().contentType(ContentType.JSON).body(Map.of("template", "outbox-pattern", "parameters", example))
                .post("/api/briefs").then().statusCode(202).extract().path("sessionId");
        List<JsonNode> events = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> ended = watch(id, events);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(events).as("events so far (stream ended: %s)",
                ended.isDone()).anyMatch(e -> type(e).equals("step-done")));

        int cut = cutListeningConnections();

        ended.get(60, TimeUnit.SECONDS);
        assertThat(cut).as("listening connections cut").isPositive();
        List<String> types = events.stream().map(this::type).toList();
        assertThat(types.getFirst()).isEqualTo("state");
        assertThat(types.subList(1, types.size())).as("the state again after the reconnect").contains("state");
        assertThat(types.getLast()).isEqualTo("chain-done");
        assertThat(events.getLast().get("status").asText()).isEqualTo("done");
        Set<Integer> seenDone = new HashSet<>(); // in a state, or live
        for (JsonNode e : events) {
            if (type(e).equals("step-done")) {
                seenDone.add(e.get("step").asInt());
            } else if (type(e).equals("state")) {
                e.get("steps").forEach(s -> {
                    if (s.get("status").asText().equals("DONE")) {
                        seenDone.add(s.get("index").asInt());
                    }
                });
            }
        }
        assertThat(seenDone).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6);
    }

    /** Terminates the backends that LISTEN for chain events, as a database restart or network cut would. */
    private static int cutListeningConnections() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + PostgresProfile.DATABASE,
                "postgres", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(pg_terminate_backend(pid)) from pg_stat_activity "
                     + "where datname = current_database() and query like 'LISTEN%' and pid <> pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private CompletableFuture<Void> watch(String id, List<JsonNode> events) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port
                + "/api/sessions/" + id + "/events")).header("Accept", "text/event-stream").build();
        return HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenAcceptAsync(response -> response.body().filter(line -> line.startsWith("data:"))
                        .forEach(line -> events.add(parse(line.substring(5).trim()))),
                        runnable -> Thread.ofVirtual().start(runnable)); // reading blocks: not on the client's threads
    }

    private JsonNode parse(String data) {
        try {
            return json.readTree(data);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String type(JsonNode event) {
        return event.get("type").asText();
    }
}
