package dev.designassistant.chain;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.designassistant.llm.Fixtures;
import dev.designassistant.llm.InjectWireMock;
import dev.designassistant.llm.WireMockLlm;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Many clients asking in one session at once: each question is answered or refused with 409 session-busy, and the
 * transcript stays gapless and alternating, with every answered question and its answer in it exactly once, and no
 * refused question in it at all.
 */
@QuarkusTest
@QuarkusTestResource(value = WireMockLlm.class, restrictToAnnotatedClass = true)
class ConcurrentMessagesTest {

    private static final int CLIENTS = 8;
    private static final int QUESTIONS_EACH = 5;

    @InjectWireMock
    WireMockServer llm;

    /** What one question got: its status and, when answered, the answer's place in the conversation. */
    private record Outcome(String question, int status, String type, Integer seq) {
    }

    @Test
    void concurrent_questions_are_each_answered_or_refused_and_none_is_lost_duplicated_or_reordered() throws Exception {
        // given a finished session and an LLM that takes a moment to answer
        llm.resetAll();
        llm.stubFor(post(urlEqualTo(WireMockLlm.CHAT_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withFixedDelay(30)
                .withBody(Fixtures.llm("chain-answer.json"))));
        String id = finishedSession();

        // when several clients ask several questions each, all at once
        List<Outcome> outcomes = askAtOnce(id);

        // then each question was answered (200) or refused as busy (409), never anything else
        assertThat(outcomes).hasSize(CLIENTS * QUESTIONS_EACH)
                .allSatisfy(o -> assertThat(o.status()).as(o.question()).isIn(200, 409));
        assertThat(outcomes).filteredOn(o -> o.status() == 409)
                .allSatisfy(o -> assertThat(o.type()).isEqualTo("/problems/session-busy"));
        List<Outcome> answered = outcomes.stream().filter(o -> o.status() == 200).toList();
        assertThat(answered).isNotEmpty();

        // and the transcript is gapless, alternating, one question and one answer per step
        JsonPath session = given().get("/api/sessions/" + id).then().statusCode(200).extract().jsonPath();
        List<Integer> seqs = session.getList("messages.seq");
        List<String> roles = session.getList("messages.role");
        List<String> contents = session.getList("messages.content");
        assertThat(seqs).hasSize(2 * (1 + answered.size()));
        for (int i = 0; i < seqs.size(); i++) {
            assertThat(seqs.get(i)).isEqualTo(i + 1);
            assertThat(roles.get(i)).isEqualTo(i % 2 == 0 ? "user" : "assistant");
        }
        assertThat(session.getList("steps.status")).containsOnly("DONE");

        // and every answered question is in it once, right before its answer; no refused one is in it
        for (Outcome o : answered) {
            assertThat(contents).as("answered question %s", o.question()).containsOnlyOnce(o.question());
            assertThat(contents.indexOf(o.question()) + 2).as("seq of the answer to %s", o.question())
                    .isEqualTo(o.seq());
        }
        outcomes.stream().filter(o -> o.status() == 409)
                .forEach(o -> assertThat(contents).as("refused question").doesNotContain(o.question()));
    }

    private List<Outcome> askAtOnce(String id) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<Outcome>>> futures = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            futures.add(clients.submit(() -> {
                go.await();
                List<Outcome> mine = new ArrayList<>();
                for (int q = 0; q < QUESTIONS_EACH; q++) {
                    String question = "Question " + q + " of client " + client + "?";
                    Response r = given().contentType(ContentType.JSON).body(Map.of("content", question))
                            .post("/api/sessions/" + id + "/messages");
                    mine.add(new Outcome(question, r.statusCode(),
                            r.statusCode() == 200 ? null : r.jsonPath().getString("type"),
                            r.statusCode() == 200 ? r.jsonPath().getInt("seq") : null));
                }
                return mine;
            }));
        }
        go.countDown();
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<List<Outcome>> f : futures) {
            outcomes.addAll(f.get(60, TimeUnit.SECONDS));
        }
        clients.shutdown();
        return outcomes;
    }

    private static String finishedSession() {
        Map<?, ?> examples = given().get("/api/templates/saga-design").then().statusCode(200).extract().path("example");
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("template", "saga-design", "parameters", examples, "followUps", false))
                .post("/api/briefs").then().statusCode(202).extract().path("sessionId");
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                given().get("/api/sessions/" + id).then().statusCode(200).body("status", equalTo("done")));
        return id;
    }
}
