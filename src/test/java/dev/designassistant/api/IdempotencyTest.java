package dev.designassistant.api;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.designassistant.llm.Fixtures;
import dev.designassistant.llm.InjectWireMock;
import dev.designassistant.llm.WireMockLlm;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** {@code Idempotency-Key} on the two endpoints that spend LLM calls: repeats are answered, not re-run. */
@QuarkusTest
@QuarkusTestResource(value = WireMockLlm.class, restrictToAnnotatedClass = true)
class IdempotencyTest {

    @InjectWireMock
    WireMockServer llm;

    @BeforeEach
    void answerPromptly() {
        answerAfter(0);
    }

    @Test
    void a_repeated_brief_gets_the_first_session_without_a_new_llm_call() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> brief = brief("saga-design");
        Response first = postBrief(key, brief);
        first.then().statusCode(202);
        String id = first.path("sessionId");
        awaitDone(id);
        long sessionsBefore = sessionCount();

        Map<String, Object> sameBodyOtherOrder = new LinkedHashMap<>();
        sameBodyOtherOrder.put("followUps", false);
        sameBodyOtherOrder.put("parameters", brief.get("parameters"));
        sameBodyOtherOrder.put("template", "saga-design");
        postBrief(key, sameBodyOtherOrder).then().statusCode(202)
                .header(Idempotency.REPLAYED, "true")
                .header("Location", first.header("Location"))
                .header("Content-Type", first.header("Content-Type")) // exactly, charset and all
                .body("sessionId", equalTo(id));

        assertThat(llmCalls()).isEqualTo(1);
        assertThat(sessionCount()).isEqualTo(sessionsBefore);
    }

    @Test
    void the_same_key_with_another_brief_is_refused_with_422() {
        String key = UUID.randomUUID().toString();
        postBrief(key, brief("saga-design")).then().statusCode(202);

        postBrief(key, brief("outbox-pattern")).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/idempotency-key-reused"));
    }

    @Test
    void a_repeated_message_gets_the_first_answer_without_a_new_llm_call() {
        String id = postBrief(null, brief("saga-design")).path("sessionId");
        awaitDone(id);
        String key = UUID.randomUUID().toString();
        Response first = ask(id, key, "How do we version the events?");
        first.then().statusCode(200);

        ask(id, key, "How do we version the events?").then().statusCode(200)
                .header(Idempotency.REPLAYED, "true")
                .header("Content-Type", first.header("Content-Type"))
                .body("seq", equalTo(first.<Integer>path("seq")))
                .body("content", equalTo(first.<String>path("content")));

        assertThat(llmCalls()).isEqualTo(2);
        given().get("/api/sessions/" + id).then().body("messages", hasSize(4));
    }

    @Test
    void a_repeat_while_the_first_is_in_flight_gets_409() {
        String id = postBrief(null, brief("saga-design")).path("sessionId");
        awaitDone(id);
        answerAfter(1_500); // and forget the calls so far
        String key = UUID.randomUUID().toString();

        CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> ask(id, key, "Slow question?"));
        await().atMost(Duration.ofSeconds(10)).until(() -> llmCalls() == 1);
        ask(id, key, "Slow question?").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/idempotency-key-in-flight"));

        first.join().then().statusCode(200);
        ask(id, key, "Slow question?").then().statusCode(200).header(Idempotency.REPLAYED, "true");
        assertThat(llmCalls()).isEqualTo(1);
    }

    @Test
    void a_request_that_failed_can_be_repeated_with_its_key() {
        String id = postBrief(null, brief("saga-design")).path("sessionId");
        awaitDone(id);
        llm.resetAll();
        llm.stubFor(post(urlEqualTo(WireMockLlm.CHAT_PATH)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody(Fixtures.llm("error-400.json"))));
        String key = UUID.randomUUID().toString();
        ask(id, key, "Will this fail?").then().statusCode(502);

        answerAfter(0);
        ask(id, key, "Will this fail?").then().statusCode(200).header(Idempotency.REPLAYED, (String) null);

        // the repeat retried the failed question's step: stored once, answered once
        given().get("/api/sessions/" + id).then()
                .body("steps.status", equalTo(List.of("DONE", "DONE")))
                .body("messages.role", equalTo(List.of("user", "assistant", "user", "assistant")));
    }

    @Test
    void a_malformed_key_is_a_400() {
        given().contentType(ContentType.JSON).header(Idempotency.HEADER, "x".repeat(201)).body(brief("saga-design"))
                .when().post("/api/briefs")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].parameter", equalTo(Idempotency.HEADER));
    }

    private void answerAfter(int delayMillis) {
        llm.resetAll();
        llm.stubFor(post(urlEqualTo(WireMockLlm.CHAT_PATH)).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json")
                .withFixedDelay(delayMillis)
                .withBody(Fixtures.llm("chain-answer.json"))));
    }

    private Map<String, Object> brief(String template) {
        Map<String, Object> brief = new LinkedHashMap<>();
        brief.put("template", template);
        brief.put("parameters", given().get("/api/templates/" + template).then().extract().path("example"));
        brief.put("followUps", false);
        return brief;
    }

    private static Response postBrief(String key, Map<String, Object> brief) {
        var request = given().contentType(ContentType.JSON).body(brief);
        if (key != null) {
            request.header(Idempotency.HEADER, key);
        }
        return request.when().post("/api/briefs");
    }

    private static Response ask(String id, String key, String question) {
        return given().contentType(ContentType.JSON).header(Idempotency.HEADER, key)
                .body(Map.of("content", question))
                .when().post("/api/sessions/" + id + "/messages");
    }

    private static void awaitDone(String id) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                given().get("/api/sessions/" + id).then().statusCode(200).body("status", equalTo("done")));
    }

    private static long sessionCount() {
        return given().get("/api/sessions").then().statusCode(200).extract().<Number>path("total").longValue();
    }

    private int llmCalls() {
        return llm.findAll(postRequestedFor(urlEqualTo(WireMockLlm.CHAT_PATH))).size();
    }
}
