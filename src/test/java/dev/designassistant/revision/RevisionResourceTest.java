package dev.designassistant.revision;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** A revision starts a linked session with changed parameters; a diff shows what changed between two sessions. */
@QuarkusTest
class RevisionResourceTest {

    @Test
    void a_revision_runs_the_brief_again_with_the_changes_and_the_diff_shows_them() {
        String first = brief("retry-strategy", Map.of());

        JsonPath revision = given().contentType(ContentType.JSON).body(Map.of(
                        "parameters", Map.of("idempotent", "no", "resourceConstraints", "full jitter, 12 pods"),
                        "followUps", false))
                .when().post("/api/sessions/" + first + "/revisions")
                .then().statusCode(202).extract().jsonPath();
        String second = revision.getString("sessionId");
        assertThat(revision.getString("revisionOf")).isEqualTo(first);
        assertThat(revision.getList("changed")).containsExactlyInAnyOrder("idempotent", "resourceConstraints");
        assertThat(revision.getList("checks.code")).contains("retry-not-idempotent").doesNotContain("retry-no-jitter");
        awaitDone(second);

        JsonPath diff = given().queryParam("against", first).get("/api/sessions/" + second + "/diff")
                .then().statusCode(200).extract().jsonPath();
        assertThat(diff.getList("parameters.name")).containsExactly("idempotent", "resourceConstraints");
        assertThat(diff.getString("parameters[0].change")).isEqualTo("changed");
        assertThat(diff.getString("parameters[0].before")).isEqualTo("can be made");
        assertThat(diff.getString("parameters[0].after")).isEqualTo("no");
        assertThat(diff.getList("checks.added.code")).containsExactly("retry-not-idempotent");
        assertThat(diff.getList("checks.gone.code")).containsExactly("retry-no-jitter");
        assertThat(diff.getList("checks.unchanged.code")).containsExactly("retry-after-not-honoured");
        assertThat(diff.getList("warnings.added")).isEmpty();
        assertThat(diff.getMap("$")).doesNotContainKey("findings");
        // the revised session keeps every parameter it did not change
        assertThat(given().get("/api/sessions/" + second).path("parameters.slaTimeout").toString())
                .isEqualTo("3 seconds end to end for the checkout call");
    }

    @Test
    void a_review_revision_shows_its_findings_new_fixed_and_unchanged() {
        String first = review("==> src/InventoryLock.java <==\nclass InventoryLock {}\n");

        JsonPath same = revise(first, "==> src/InventoryLock.java <==\nclass InventoryLock { /* v2 */ }\n");
        JsonPath unchanged = diff(same.getString("sessionId"), first);
        assertThat(unchanged.getList("findings.unchanged")).hasSize(2);
        assertThat(unchanged.getList("findings.newFindings")).isEmpty();
        assertThat(unchanged.getList("findings.fixed")).isEmpty();

        JsonPath moved = revise(first, "==> src/StockLock.java <==\nclass StockLock {}\n");
        JsonPath changed = diff(moved.getString("sessionId"), first);
        assertThat(changed.getList("findings.newFindings.finding.location.file")).containsOnly("src/StockLock.java").hasSize(2);
        assertThat(changed.getList("findings.fixed.finding.location.file")).containsOnly("src/InventoryLock.java").hasSize(2);
        assertThat(changed.getList("findings.unchanged")).isEmpty();
        assertThat(changed.getString("findings.fixed[0].fingerprint")).hasSize(32);
    }

    @Test
    void another_clients_sessions_are_unknown_and_bad_requests_name_their_problem() {
        String first = brief("retry-strategy", Map.of());

        given().contentType(ContentType.JSON).body(Map.of("parameters", Map.of("idempotent", "no")))
                .when().post("/api/sessions/no-such-session/revisions").then().statusCode(404);
        given().queryParam("against", "no-such-session").get("/api/sessions/" + first + "/diff").then().statusCode(404);
        given().get("/api/sessions/" + first + "/diff").then().statusCode(400)
                .body("type", equalTo("/problems/invalid-request"));
        given().contentType(ContentType.JSON).body(Map.of("parameters", Map.of()))
                .when().post("/api/sessions/" + first + "/revisions").then().statusCode(400)
                .body("errors[0].parameter", equalTo("parameters"));
        given().contentType(ContentType.JSON).body(Map.of("parameters", Map.of("idempotent", "perhaps")))
                .when().post("/api/sessions/" + first + "/revisions").then().statusCode(400)
                .body("type", equalTo("/problems/invalid-parameters"))
                .body("errors[0].parameter", equalTo("idempotent"));
    }

    private static String brief(String template, Map<String, Object> changes) {
        Map<String, Object> parameters = new HashMap<>(given().get("/api/templates/" + template).then().extract()
                .path("example"));
        parameters.putAll(changes);
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("template", template, "parameters", parameters, "followUps", false))
                .when().post("/api/briefs").then().statusCode(202).extract().path("sessionId");
        awaitDone(id);
        return id;
    }

    private static String review(String code) {
        return given().contentType(ContentType.JSON).body(Map.of("template", "pattern-code-review", "parameters",
                        Map.of("patternName", "a Redis lock", "language", "java", "code", code)))
                .when().post("/api/reviews").then().statusCode(200).extract().path("sessionId");
    }

    private static JsonPath revise(String id, String code) {
        return given().contentType(ContentType.JSON).body(Map.of("parameters", Map.of("code", code)))
                .when().post("/api/sessions/" + id + "/revisions").then().statusCode(201).extract().jsonPath();
    }

    private static JsonPath diff(String id, String against) {
        return given().queryParam("against", against).get("/api/sessions/" + id + "/diff")
                .then().statusCode(200).extract().jsonPath();
    }

    private static void awaitDone(String id) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/sessions/" + id).then().body("status", equalTo("done")));
    }
}
