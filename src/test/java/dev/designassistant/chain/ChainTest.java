package dev.designassistant.chain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.designassistant.llm.Fixtures;
import dev.designassistant.llm.InjectWireMock;
import dev.designassistant.llm.WireMockLlm;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(value = WireMockLlm.class, restrictToAnnotatedClass = true)
class ChainTest {

    private final ObjectMapper json = new ObjectMapper();

    @InjectWireMock
    WireMockServer llm;

    @BeforeEach
    void answerPromptly() {
        answerEverything(0);
    }

    @Test
    void a_brief_runs_its_chain_of_seven_calls_each_carrying_the_whole_conversation() throws Exception {
        String id = submit(Map.of("template", "design-brief", "parameters", examplesOf("design-brief")));

        awaitStatus(id, "done");

        List<JsonNode> bodies = requestBodies();
        assertThat(bodies).hasSize(7);
        for (int call = 0; call < 7; call++) {
            JsonNode messages = bodies.get(call).get("messages");
            assertThat(messages).as("call %d carries every earlier turn", call).hasSize(2 * call + 1);
            for (int turn = 0; turn < messages.size(); turn++) {
                assertThat(messages.get(turn).get("role").asText()).isEqualTo(turn % 2 == 0 ? "user" : "assistant");
            }
        }
        assertThat(bodies.get(0).get("messages").get(0).get("content").asText())
                .startsWith("I'm designing a payment processing system");
        assertThat(bodies.get(2).get("messages").get(4).get("content").asText())
                .isEqualTo("How does this scale to 100,000 transactions/minute at peak?");
        given().get("/api/sessions/" + id).then().statusCode(200)
                .body("steps", hasSize(7))
                .body("steps.status", equalTo(List.of("DONE", "DONE", "DONE", "DONE", "DONE", "DONE", "DONE")))
                .body("messages", hasSize(14))
                .body("usage.inputTokens", equalTo(7 * 120))
                .body("usage.outputTokens", equalTo(7 * 30))
                .body("steps[1].question", startsWith("What happens if "));
    }

    @Test
    void a_waited_brief_that_outlasts_its_wait_gets_a_202_for_a_stored_session_and_the_chain_goes_on() {
        answerEverything(1500);

        String id = given().contentType(ContentType.JSON).header("Prefer", "wait=1")
                .body(Map.of("template", "design-brief", "parameters", examplesOf("design-brief"), "followUps", false))
                .when().post("/api/briefs")
                .then().statusCode(202)
                .header("Location", containsString("/api/sessions/"))
                .extract().path("sessionId");

        given().get("/api/sessions/" + id).then().statusCode(200).body("steps", hasSize(1));
        awaitStatus(id, "done");
    }

    @Test
    void a_user_follow_up_after_the_chain_sees_the_whole_history() throws Exception {
        String id = submit(Map.of("template", "saga-design", "parameters", examplesOf("saga-design"),
                "followUps", List.of("monitoring", "Which step needs a human in the loop?")));
        awaitStatus(id, "done");
        llm.resetRequests();

        given().contentType(ContentType.JSON).body(Map.of("content", "And how do we version the events?"))
                .when().post("/api/sessions/" + id + "/messages")
                .then().statusCode(200)
                .body("role", equalTo("assistant"))
                .body("content", equalTo("Use an orchestrated saga with an outbox."));

        JsonNode messages = requestBodies().get(0).get("messages");
        assertThat(messages).hasSize(7);
        assertThat(messages.get(2).get("content").asText()).isEqualTo("What are the monitoring requirements?");
        assertThat(messages.get(4).get("content").asText()).isEqualTo("Which step needs a human in the loop?");
        assertThat(messages.get(6).get("content").asText()).isEqualTo("And how do we version the events?");
    }

    @Test
    void a_message_while_a_step_is_in_flight_gets_409() {
        answerEverything(3_000);
        String id = submit(Map.of("template", "saga-design", "parameters", examplesOf("saga-design"),
                "followUps", false));

        given().contentType(ContentType.JSON).body(Map.of("content", "Too early?"))
                .when().post("/api/sessions/" + id + "/messages")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .header("Retry-After", "2")
                .body("type", equalTo("/problems/session-busy"))
                .body("detail", containsString("/api/sessions/" + id + "/events"));
    }

    @Test
    void unknown_sessions_are_404_on_every_endpoint() {
        given().get("/api/sessions/nope").then().statusCode(404).body("type", equalTo("/problems/unknown-session"));
        given().delete("/api/sessions/nope").then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("content", "hi"))
                .post("/api/sessions/nope/messages").then().statusCode(404);
        given().post("/api/sessions/nope/chain/resume").then().statusCode(404);
        given().get("/api/sessions/nope/events").then().statusCode(404);
    }

    @Test
    void a_deleted_session_is_gone() {
        String id = submit(Map.of("template", "saga-design", "parameters", examplesOf("saga-design"), "followUps", false));
        awaitStatus(id, "done");

        given().delete("/api/sessions/" + id).then().statusCode(204);

        given().get("/api/sessions/" + id).then().statusCode(404);
    }

    @Test
    void events_show_the_state_then_every_step_the_state_had_not_seen_done_then_chain_done() throws Exception {
        answerEverything(300);
        String id = submit(Map.of("template", "saga-design", "parameters", examplesOf("saga-design"),
                "followUps", List.of("monitoring", "testing")));

        List<JsonNode> events = watch(id);

        JsonNode state = events.get(0);
        assertThat(state.get("type").asText()).isEqualTo("state");
        assertThat(state.get("steps")).hasSize(3);
        List<Integer> doneLive = events.stream().filter(e -> e.get("type").asText().equals("step-done"))
                .map(e -> e.get("step").asInt()).toList();
        for (JsonNode step : state.get("steps")) {
            if (!step.get("status").asText().equals("DONE")) {
                assertThat(doneLive).as("step %s finished after the watcher came", step.get("index"))
                        .contains(step.get("index").asInt());
            }
        }
        assertThat(doneLive).isSorted();
        assertThat(events.getLast().get("type").asText()).isEqualTo("chain-done");
        assertThat(events.getLast().get("status").asText()).isEqualTo("done");
    }

    @Test
    void a_late_watcher_gets_the_current_state_and_the_end_at_once() throws Exception {
        String id = submit(Map.of("template", "saga-design", "parameters", examplesOf("saga-design"), "followUps", false));
        awaitStatus(id, "done");

        List<JsonNode> events = watch(id);

        assertThat(events).extracting(e -> e.get("type").asText()).containsExactly("state", "chain-done");
        assertThat(events.get(0).get("steps").get(0).get("status").asText()).isEqualTo("DONE");
    }

    /** Reads the session's event stream until the server closes it; each event's data. */
    private List<JsonNode> watch(String id) throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + io.restassured.RestAssured.port + "/api/sessions/" + id + "/events"))
                .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(20)).build();
        List<JsonNode> events = new java.util.ArrayList<>();
        try (var lines = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofLines()).body()) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.startsWith("data:")) {
                    events.add(json.readTree(line.substring(5).trim()));
                }
            }
        }
        return events;
    }

    /** Every chat completion answers with the fixture, after the given delay. */
    private void answerEverything(int delayMillis) {
        llm.resetAll();
        llm.stubFor(post(urlEqualTo(WireMockLlm.CHAT_PATH)).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json")
                .withFixedDelay(delayMillis)
                .withBody(Fixtures.llm("chain-answer.json"))));
    }

    private String submit(Map<String, Object> brief) {
        return given().contentType(ContentType.JSON).body(brief)
                .when().post("/api/briefs")
                .then().statusCode(202)
                .header("Location", containsString("/api/sessions/"))
                .extract().path("sessionId");
    }

    private static void awaitStatus(String id, String status) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                given().get("/api/sessions/" + id).then().statusCode(200).body("status", equalTo(status)));
    }

    private Map<?, ?> examplesOf(String template) {
        return given().get("/api/templates/" + template).then().statusCode(200).extract().path("example");
    }

    private List<JsonNode> requestBodies() throws Exception {
        List<LoggedRequest> requests = llm.findAll(postRequestedFor(urlEqualTo(WireMockLlm.CHAT_PATH)));
        List<JsonNode> bodies = new java.util.ArrayList<>();
        for (LoggedRequest r : requests) {
            bodies.add(json.readTree(r.getBodyAsString()));
        }
        return bodies;
    }
}
