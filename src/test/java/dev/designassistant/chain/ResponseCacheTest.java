package dev.designassistant.chain;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.designassistant.llm.InjectWireMock;
import dev.designassistant.llm.WireMockLlm;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The response cache in front of a WireMock LLM: an identical call is answered from the session database without an
 * upstream call and marked cached everywhere the answer shows; another client, a warmer model, an expired row or
 * {@code Cache-Control: no-cache} asks the model again; hits are not charged to the daily budget. Each test uses a
 * brief of its own (its own parameters), so that no test hits another's rows.
 */
@QuarkusTest
@TestProfile(CacheProfiles.H2.class)
class ResponseCacheTest {

    @InjectWireMock
    WireMockServer llm;

    @Inject
    MovableClock clock;

    @Inject
    ResponseCacheExpiry expiry;

    @BeforeEach
    void upstreamAnswers() throws Exception {
        llm.resetAll();
        llm.stubFor(post(urlEqualTo(WireMockLlm.CHAT_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(Files.readString(Path.of("src/test/resources/llm/chat-completion-success.json")))));
    }

    @Test
    void the_same_brief_twice_is_one_upstream_call_and_the_second_answer_is_marked_cached() {
        Response first = brief("cache-alice", "first-twice", null, false);
        Response second = brief("cache-alice", "first-twice", null, false);

        first.then().statusCode(200).body("messages[1].cached", equalTo(false));
        second.then().statusCode(200).body("messages[1].cached", equalTo(true))
                .body("messages[1].content", equalTo(first.path("messages[1].content")))
                .body("messages[1].modelId", equalTo("gpt-4o-mini-2024-07-18"))
                .body("messages[1].cost", equalTo(0.0f));
        upstreamCalls(1);
        String session = second.path("sessionId");
        as("cache-alice").get("/api/sessions/" + session).then().statusCode(200).body("messages[1].cached", equalTo(true));
        assertThat(as("cache-alice").get("/api/sessions/" + session + "/report?format=markdown").then().statusCode(200)
                .extract().asString()).contains("from the response cache");
        as("cache-alice").accept(ContentType.JSON).get("/api/sessions/" + session + "/report").then()
                .body("exchanges[0].cached", equalTo(true));
        String metrics = given().get("/q/metrics").then().extract().asString();
        assertThat(metrics).containsPattern("assistant_llm_cache_hits_total\\{model=\"default\",?} [1-9]");
        assertThat(metrics).containsPattern("assistant_llm_cache_misses_total\\{model=\"default\",?} [1-9]");
    }

    @Test
    void another_client_does_not_get_a_clients_cached_answer() {
        brief("cache-alice", "two-clients", null, false).then().statusCode(200);
        brief("cache-bob", "two-clients", null, false).then().statusCode(200).body("messages[1].cached", equalTo(false));

        upstreamCalls(2);
    }

    @Test
    void a_model_warmer_than_the_bound_is_never_cached() {
        brief("cache-dave", "warm", "warm", false).then().statusCode(200);
        brief("cache-dave", "warm", "warm", false).then().statusCode(200).body("messages[1].cached", equalTo(false));

        upstreamCalls(2);
    }

    @Test
    void a_cached_answer_expires_after_its_ttl_and_expired_rows_are_cleared() {
        brief("cache-erin", "ttl", null, false).then().statusCode(200);
        clock.advance(Duration.ofMinutes(61));

        brief("cache-erin", "ttl", null, false).then().statusCode(200).body("messages[1].cached", equalTo(false));

        upstreamCalls(2);
        clock.advance(Duration.ofMinutes(61)); // every row stored so far has expired now
        assertThat(expiry.clear()).isPositive();
        assertThat(expiry.clear()).isZero();
    }

    @Test
    void cache_control_no_cache_asks_the_model() {
        brief("cache-frank", "no-cache", null, false).then().statusCode(200);

        brief("cache-frank", "no-cache", null, true).then().statusCode(200).body("messages[1].cached", equalTo(false));

        upstreamCalls(2);
    }

    @Test
    void hits_are_not_charged_to_the_daily_budget() {
        // given a daily budget of 160 tokens and an answer of 76
        for (int i = 0; i < 4; i++) { // then three hits after one call never reach it (four calls would have)
            brief("cache-carol", "budget", null, false).then().statusCode(200);
        }

        upstreamCalls(1);
        as("cache-carol").get("/api/usage").then().statusCode(200)
                .body("today.tokens", equalTo(76))
                .body("today.requests", equalTo(4))
                .body("today.models[0].cachedRequests", equalTo(3));
    }

    private Response brief(String client, String operation, String model, boolean noCache) {
        Map<String, Object> body = new HashMap<>(Map.of("template", "llm-brief", "followUps", false,
                "parameters", Map.of("operation", operation, "sla", "3 seconds")));
        if (model != null) {
            body.put("model", model);
        }
        RequestSpecification request = as(client).contentType(ContentType.JSON).header("Prefer", "wait=60").body(body);
        if (noCache) {
            request.header("Cache-Control", "no-cache");
        }
        return request.when().post("/api/briefs");
    }

    private static RequestSpecification as(String client) {
        return given().header("Authorization", "Bearer " + CacheProfiles.key(client));
    }

    private void upstreamCalls(int n) {
        llm.verify(exactly(n), postRequestedFor(urlEqualTo(WireMockLlm.CHAT_PATH)));
    }
}
