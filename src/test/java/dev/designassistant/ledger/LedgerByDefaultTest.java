package dev.designassistant.ledger;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * With the service's default ({@code assistant.ledger.enabled=true}) a brief's chain with follow-ups ends with the
 * ledger, after the follow-ups and not counted as one, and a single answer has none unless the brief asks; the
 * built-in demo model answers it deterministically.
 */
@QuarkusTest
@TestProfile(LedgerByDefaultTest.LedgerOn.class)
class LedgerByDefaultTest {

    /** The production default. */
    public static class LedgerOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("assistant.ledger.enabled", "true");
        }
    }

    @Test
    void a_brief_ends_its_chain_with_the_ledger_after_the_six_follow_ups() {
        Map<?, ?> example = given().get("/api/templates/saga-design").then().extract().path("example");
        JsonPath accepted = given().contentType(ContentType.JSON)
                .body(Map.of("template", "saga-design", "parameters", example))
                .when().post("/api/briefs").then().statusCode(202).extract().jsonPath();
        String id = accepted.getString("sessionId");
        assertThat(accepted.getList("followUps")).hasSize(6);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/sessions/" + id).then().body("status", equalTo("done")));

        JsonPath session = given().get("/api/sessions/" + id).then().extract().jsonPath();
        assertThat(session.getList("steps.kind")).containsExactly("BRIEF", "FOLLOW_UP", "FOLLOW_UP", "FOLLOW_UP",
                "FOLLOW_UP", "FOLLOW_UP", "FOLLOW_UP", "LEDGER");
        assertThat(session.getString("ledger.status")).isEqualTo("conforming");
        assertThat(session.getString("ledger.ledger.decision.outcome"))
                .isEqualTo("Adopt the design of step 0 as refined by the 6 follow-up answer(s).");
        assertThat(session.getString("ledger.ledger.decision.title")).contains("demo model");
    }

    @Test
    void consistency_false_in_the_brief_skips_it() {
        String id = given().contentType(ContentType.JSON).body(Map.of("template", "saga-design", "parameters",
                        given().get("/api/templates/saga-design").then().extract().path("example"),
                        "followUps", false, "consistency", false))
                .when().post("/api/briefs").then().statusCode(202).extract().path("sessionId");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/sessions/" + id).then().body("status", equalTo("done")));

        assertThat(given().get("/api/sessions/" + id).then().extract().jsonPath().getList("steps.kind"))
                .containsExactly("BRIEF");
    }

    @Test
    void a_single_answer_has_no_ledger_unless_the_brief_asks_for_it() {
        // given briefs without follow-ups, one with no choice of the ledger and one asking for it
        String single = briefWithoutFollowUps(null);
        String asked = briefWithoutFollowUps(true);

        // then the first is one step (one call), the second ends with the ledger
        assertThat(stepsOf(single)).containsExactly("BRIEF");
        assertThat(stepsOf(asked)).containsExactly("BRIEF", "LEDGER");
    }

    private static String briefWithoutFollowUps(Boolean consistency) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("template", "saga-design", "parameters",
                given().get("/api/templates/saga-design").then().extract().path("example"), "followUps", false));
        if (consistency != null) {
            body.put("consistency", consistency);
        }
        String id = given().contentType(ContentType.JSON).body(body)
                .when().post("/api/briefs").then().statusCode(202).extract().path("sessionId");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/sessions/" + id).then().body("status", equalTo("done")));
        return id;
    }

    private static java.util.List<String> stepsOf(String id) {
        return given().get("/api/sessions/" + id).then().extract().jsonPath().getList("steps.kind");
    }
}
