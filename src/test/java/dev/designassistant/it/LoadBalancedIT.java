package dev.designassistant.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * A user behind a load balancer: nginx (round robin) in front of two instances on one PostgreSQL. Watchers on
 * either instance see the steps the other runs, live; a client's rate limit counts for the deployment; a whole
 * journey (brief, follow-up, idempotent retry, report) works whichever instance each request reaches; and the
 * chain of a killed instance is finished by the other, every step answered once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoadBalancedIT {

    private static final String CHAT = "/v1/chat/completions";
    private static final String CLIENT_KEY = "it-client-key";
    private static final String LIMITED_KEY = "limited-client-key";
    private static final String SLOW_QUESTION = "How do we shard the outbox table?";
    private static final Duration LEASE = Duration.ofSeconds(3);

    private WireMockServer llm;
    private Store store;
    private ServiceProcess a;
    private ServiceProcess b;
    private Nginx nginx;

    @BeforeAll
    void startDeployment() throws Exception {
        llm = new WireMockServer(options().dynamicPort());
        llm.start();
        String answer = Files.readString(Path.of("src/test/resources/llm/chain-answer.json"));
        llm.stubFor(post(urlEqualTo(CHAT)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withFixedDelay(800).withBody(answer)));
        // one question outlasts the claim lease: only renewing the claim keeps the other instance off it
        llm.stubFor(post(urlEqualTo(CHAT)).atPriority(1).withRequestBody(containing(SLOW_QUESTION))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withFixedDelay((int) LEASE.toMillis() + 1500).withBody(answer)));
        store = Store.create("pg");
        CompletableFuture<ServiceProcess> first = CompletableFuture.supplyAsync(() -> start("instance-a"));
        CompletableFuture<ServiceProcess> second = CompletableFuture.supplyAsync(() -> start("instance-b"));
        a = first.join();
        b = second.join();
        nginx = Nginx.roundRobin(List.of(a.port(), b.port()));
    }

    @AfterAll
    void stopDeployment() throws Exception {
        try (Store s = store; ServiceProcess x = a; ServiceProcess y = b; Nginx n = nginx) {
            llm.stop();
        }
    }

    @Test
    @Order(1)
    void watchers_on_either_instance_see_every_step_of_a_chain_the_other_runs_live() throws Exception {
        String runByA = a.submitBrief("outbox-pattern"); // an instance runs the chains of the briefs it accepts
        String runByB = b.submitBrief("outbox-pattern");
        Map<EventWatcher, String> watchers = new LinkedHashMap<>();
        for (String[] watch : new String[][] {{b.baseUri(), runByA}, {a.baseUri(), runByB}, {nginx.baseUri(), runByA}}) {
            watchers.put(EventWatcher.watch(watch[0], CLIENT_KEY, watch[1]), watch[1]);
        }

        for (Map.Entry<EventWatcher, String> watched : watchers.entrySet()) {
            EventWatcher watcher = watched.getKey();
            List<JsonNode> events = watcher.ended().get(60, TimeUnit.SECONDS);
            JsonNode state = events.getFirst();
            assertThat(state.get("type").asText()).isEqualTo("state");
            List<Integer> doneAtOpening = new ArrayList<>();
            state.get("steps").forEach(s -> {
                if ("DONE".equals(s.get("status").asText())) {
                    doneAtOpening.add(s.get("index").asInt());
                }
            });
            List<Integer> doneLive = events.stream().filter(e -> "step-done".equals(e.get("type").asText()))
                    .map(e -> e.get("step").asInt()).filter(i -> !doneAtOpening.contains(i)).toList();
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                if (!doneAtOpening.contains(i)) {
                    expected.add(i);
                }
            }
            assertThat(doneLive).as("every step not done at the opening, live and in order").isEqualTo(expected)
                    .isNotEmpty();
            assertThat(events.getLast().get("type").asText()).isEqualTo("chain-done");
            assertThat(events.getLast().get("status").asText()).isEqualTo("done");
            // live, not buffered until the end: the first step-done arrived before the chain's last step was answered
            int firstLive = doneLive.getFirst();
            Instant arrived = watcher.arrivalOf(e -> "step-done".equals(e.get("type").asText())
                    && e.get("step").asInt() == firstLive);
            Instant lastAnswered = Instant.parse(a.session(watched.getValue()).getString("steps[6].finishedAt"));
            assertThat(firstLive).isLessThan(6);
            assertThat(arrived).as("arrival of step %d's step-done", firstLive).isBefore(lastAnswered);
        }
    }

    @Test
    @Order(2)
    void a_journey_through_the_load_balancer_reaches_both_instances_and_works_whichever_answers() {
        Map<String, Object> example = viaNginx().get("/api/templates/outbox-pattern").then().statusCode(200)
                .extract().path("example");
        String id = viaNginx().header("Prefer", "wait=60").contentType(ContentType.JSON)
                .body(Map.of("template", "outbox-pattern", "parameters", example, "followUps", false))
                .post("/api/briefs").then().statusCode(200).body("status", equalTo("done"))
                .extract().path("sessionId");

        // the same question twice with one Idempotency-Key: round robin sends the repeat to the other instance
        Response first = ask(id, "idem-1");
        Response repeat = ask(id, "idem-1");
        first.then().statusCode(200);
        repeat.then().statusCode(200);
        assertThat(repeat.jsonPath().getInt("seq")).isEqualTo(first.jsonPath().getInt("seq"));
        assertThat(llm.findAll(postRequestedFor(urlEqualTo(CHAT)).withRequestBody(containing(SLOW_QUESTION))))
                .as("asked once though it outlasted the lease: its claim was renewed, no instance took it over")
                .hasSize(1);

        viaNginx().get("/api/sessions/" + id + "/report?format=markdown").then().statusCode(200)
                .body(containsString(SLOW_QUESTION));
        viaNginx().get("/api/sessions/" + id).then().statusCode(200)
                .body("steps.size()", equalTo(2)).body("messages.size()", equalTo(4));
    }

    @Test
    @Order(3)
    void a_client_limit_of_10_a_minute_refuses_10_of_20_briefs_spread_over_both_instances() {
        Map<String, Object> example = viaNginx().get("/api/templates/outbox-pattern").then().statusCode(200)
                .extract().path("example");
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < 20; i++) {
            Response r = RestAssured.given().baseUri(nginx.baseUri()).header("Authorization", "Bearer " + LIMITED_KEY)
                    .contentType(ContentType.JSON)
                    .body(Map.of("template", "outbox-pattern", "parameters", example, "followUps", false))
                    .post("/api/briefs");
            if (r.statusCode() == 202) {
                accepted++;
            } else {
                r.then().statusCode(429).contentType("application/problem+json")
                        .body("type", equalTo("/problems/rate-limited"));
                assertThat(Integer.parseInt(r.header("Retry-After"))).isBetween(1, 60);
                refused++;
            }
        }
        assertThat(accepted).isEqualTo(10);
        assertThat(refused).isEqualTo(10);
    }

    @Test
    @Order(4)
    void a_chain_whose_instance_is_killed_finishes_on_the_other_within_a_minute_each_step_answered_once()
            throws Exception {
        int callsBefore = llmCalls();
        String id = a.submitBrief("outbox-pattern");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() ->
                b.session(id).getList("steps.findAll { it.status == 'DONE' }").size() >= 2);
        a.kill();
        long killedAt = System.nanoTime();

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                "done".equals(viaNginx().get("/api/sessions/" + id).jsonPath().getString("status")));
        assertThat(Duration.ofNanos(System.nanoTime() - killedAt)).isLessThan(Duration.ofMinutes(1));

        List<Map<String, Object>> messages = viaNginx().get("/api/sessions/" + id).jsonPath().getList("messages");
        assertThat(messages).hasSize(14);
        for (int i = 0; i < 14; i++) {
            assertThat(messages.get(i).get("role")).isEqualTo(i % 2 == 0 ? "user" : "assistant");
            assertThat(messages.get(i).get("step")).isEqualTo(i / 2);
        }
        assertThat(llmCalls() - callsBefore).as("7 answers, plus at most the call in flight when A died")
                .isBetween(7, 8);
        for (int i = 0; i < 4; i++) { // nginx sends every request to the survivor
            viaNginx().get("/api/sessions/" + id).then().statusCode(200);
        }
    }

    @Test
    @Order(5)
    void an_instance_stopped_with_sigterm_finishes_its_step_hands_the_chain_over_and_no_step_runs_twice()
            throws Exception {
        a = start("instance-a"); // A again, after the kill: B is stopped next, A takes over
        int callsBefore = llmCalls();
        String id = b.submitBrief("outbox-pattern");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() ->
                a.session(id).getList("steps.findAll { it.status == 'DONE' }").size() >= 2);

        b.terminate();

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                "done".equals(a.session(id).getString("status")));
        assertThat(a.session(id).getList("messages")).hasSize(14);
        assertThat(llmCalls() - callsBefore).as("7 answers: the step B was answering finished, none ran again")
                .isEqualTo(7);
    }

    private Response ask(String id, String key) {
        return viaNginx().header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("content", SLOW_QUESTION)).post("/api/sessions/" + id + "/messages");
    }

    private RequestSpecification viaNginx() {
        return via(nginx.baseUri());
    }

    private static RequestSpecification via(String baseUri) {
        return RestAssured.given().baseUri(baseUri).header("Authorization", "Bearer " + CLIENT_KEY);
    }

    private int llmCalls() {
        return llm.findAll(postRequestedFor(urlEqualTo(CHAT))).size();
    }

    private ServiceProcess start(String name) {
        try {
            return ServiceProcess.start(name, store.env(Map.of(
                    "ASSISTANT_LLM_BASE_URL", llm.baseUrl() + "/v1",
                    "ASSISTANT_LLM_API_KEY", "it-key",
                    "ASSISTANT_ACCESS_API_KEYS", "it:" + CLIENT_KEY + ",limited:" + LIMITED_KEY,
                    "ASSISTANT_LLM_RATE_LIMIT_PER_CLIENT_PER_MINUTE", "10",
                    "ASSISTANT_CHAIN_INSTANCE_ID", name,
                    "ASSISTANT_CHAIN_LEASE", LEASE.toSeconds() + "s",
                    "ASSISTANT_CHAIN_LEASE_RENEWAL", "1s",
                    "ASSISTANT_CHAIN_RECOVERY_INTERVAL", "1s",
                    // the journey and the hand-overs count the library's steps and LLM calls: no consistency ledger
                    // (on by default since issue 18; its own tests are LedgerChainTest and LedgerByDefaultTest)
                    "ASSISTANT_LEDGER_ENABLED", "false")));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
