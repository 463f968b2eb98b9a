package dev.designassistant.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

/** The limits that keep one client or one session from spending without bound, and the body size limit. */
@QuarkusTest
@TestProfile(LimitsTest.Limits.class)
class LimitsTest {

    /** Three LLM-spending requests per client per minute; sessions may use 1 token (the first answer spends it). */
    public static class Limits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "assistant.access.enabled", "true",
                    "assistant.access.api-keys", "carol:carol-key,dave:dave-key,erin:erin-key",
                    "assistant.llm.rate-limit.per-client-per-minute", "3",
                    "assistant.sessions.token-budget", "1");
        }
    }

    @Test
    void a_client_past_its_rate_limit_gets_429_with_retry_after_and_other_clients_do_not() {
        for (int i = 0; i < 3; i++) {
            brief(as("carol-key"), false).then().statusCode(202);
        }

        brief(as("carol-key"), false).then().statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/rate-limited"))
                .header("Retry-After", Integer::parseInt, greaterThanOrEqualTo(1));
        brief(as("erin-key"), false).then().statusCode(202);
    }

    @Test
    void a_session_past_its_token_budget_stops_its_chain_with_the_reason_and_refuses_questions_with_422() {
        String id = brief(as("dave-key"), List.of("monitoring")).then().statusCode(202).extract().path("sessionId");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as("dave-key").get("/api/sessions/" + id)
                .then().body("status", equalTo("failed")));

        as("dave-key").get("/api/sessions/" + id).then()
                .body("steps[0].status", equalTo("DONE"))
                .body("steps[1].status", equalTo("FAILED"))
                .body("steps[1].reason", containsString("token"));
        as("dave-key").contentType(ContentType.JSON).body(Map.of("content", "One more?"))
                .post("/api/sessions/" + id + "/messages").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/token-budget-exceeded"));
    }

    @Test
    void a_waiting_brief_whose_chain_runs_out_of_budget_gets_422_with_the_session_to_read() {
        String id = given().spec(as("dave-key")).header("Prefer", "wait=20").contentType(ContentType.JSON)
                .body(Map.of("template", "saga-design", "parameters", example(as("dave-key")),
                        "followUps", List.of("testing")))
                .post("/api/briefs").then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/token-budget-exceeded"))
                .header("Location", containsString("/api/sessions/"))
                .extract().header("Location").replaceAll(".*/", "");

        as("dave-key").get("/api/sessions/" + id).then().body("steps[1].status", equalTo("FAILED"));
    }

    @Test
    void a_body_over_the_size_limit_gets_413_problem_json() {
        String huge = "{\"template\":\"saga-design\",\"parameters\":{\"businessTransaction\":\""
                + "x".repeat(2 * 1024 * 1024) + "\"}}";
        as("erin-key").contentType(ContentType.JSON).body(huge).post("/api/briefs").then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/http-413"));
    }

    private static Map<?, ?> example(RequestSpecification request) {
        return given().spec(request).get("/api/templates/saga-design").then().extract().path("example");
    }

    private static io.restassured.response.Response brief(RequestSpecification request, Object followUps) {
        Map<?, ?> example = example(request);
        return given().spec(request).contentType(ContentType.JSON)
                .body(Map.of("template", "saga-design", "parameters", example, "followUps", followUps))
                .post("/api/briefs");
    }

    private static RequestSpecification as(String key) {
        return given().header("Authorization", "Bearer " + key);
    }
}
