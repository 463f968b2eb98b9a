package dev.designassistant.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Every session endpoint, called by the session's owner, by another client and with no key: the owner is
 * served, the other client is told the session does not exist, and a request without a valid key is 401.
 */
@QuarkusTest
@TestProfile(AccessProfiles.TwoClients.class)
class AccessControlTest {

    /** An endpoint of one session: how to call it for a path, and what its owner gets. */
    record Endpoint(String name, int ownerStatus, BiFunction<RequestSpecification, String, Response> call) {
    }

    private static final List<Endpoint> SESSION_ENDPOINTS = List.of(
            new Endpoint("GET session", 200, (r, path) -> r.get(path)),
            new Endpoint("GET events", 200, (r, path) -> r.get(path + "/events")),
            new Endpoint("POST message", 200, (r, path) -> r.contentType(ContentType.JSON)
                    .body(Map.of("content", "Who owns this?")).post(path + "/messages")),
            new Endpoint("POST resume", 202, (r, path) -> r.post(path + "/chain/resume")),
            new Endpoint("GET report", 200, (r, path) -> r.get(path + "/report")),
            new Endpoint("DELETE session", 204, (r, path) -> r.delete(path)));

    private String alicesSession;

    @BeforeEach
    void aliceHasASession() {
        alicesSession = as(AccessProfiles.ALICE_KEY).contentType(ContentType.JSON)
                .body(Map.of("template", "saga-design", "parameters", example("saga-design"), "followUps", false))
                .post("/api/briefs").then().statusCode(202).extract().path("sessionId");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as(AccessProfiles.ALICE_KEY)
                .get("/api/sessions/" + alicesSession).then().body("status", equalTo("done")));
    }

    @Test
    void another_client_gets_404_on_every_endpoint_of_the_session_whatever_the_path_spelling() {
        for (String path : pathSpellings(alicesSession)) {
            for (Endpoint endpoint : SESSION_ENDPOINTS) {
                Response response = endpoint.call().apply(as(AccessProfiles.BOB_KEY), path);
                assertThat(response.statusCode()).as("%s %s as Bob", endpoint.name(), path).isEqualTo(404);
                assertThat(response.contentType()).as("%s %s as Bob", endpoint.name(), path)
                        .startsWith("application/problem+json");
            }
        }
        as(AccessProfiles.ALICE_KEY).get("/api/sessions/" + alicesSession).then().statusCode(200);
    }

    @Test
    void no_key_or_a_wrong_key_gets_401_on_every_endpoint() {
        for (RequestSpecification anonymous : List.of(given(), given().header("Authorization", "Bearer wrong"),
                given().header("Authorization", "Basic " + AccessProfiles.ALICE_KEY))) {
            for (Endpoint endpoint : SESSION_ENDPOINTS) {
                endpoint.call().apply(anonymous, "/api/sessions/" + alicesSession).then()
                        .statusCode(401)
                        .header("WWW-Authenticate", "Bearer")
                        .contentType("application/problem+json")
                        .body("type", equalTo("/problems/unauthorized"));
            }
        }
        given().get("/api/sessions").then().statusCode(401);
        given().get("/api/templates").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("template", "saga-design")).post("/api/briefs")
                .then().statusCode(401);
        given().get("//api/sessions").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("template", "pattern-code-review")).post("/api/reviews")
                .then().statusCode(401);
    }

    @Test
    void the_owner_is_served_on_every_endpoint() {
        for (Endpoint endpoint : SESSION_ENDPOINTS) {
            Response response = endpoint.call().apply(as(AccessProfiles.ALICE_KEY), "/api/sessions/" + alicesSession);
            assertThat(response.statusCode()).as(endpoint.name()).isEqualTo(endpoint.ownerStatus());
        }
    }

    @Test
    void a_client_lists_only_its_own_sessions() {
        List<String> bobs = as(AccessProfiles.BOB_KEY).get("/api/sessions").then().statusCode(200)
                .extract().path("items.id");
        List<String> alices = as(AccessProfiles.ALICE_KEY).get("/api/sessions").then().statusCode(200)
                .extract().path("items.id");

        assertThat(bobs).doesNotContain(alicesSession);
        assertThat(alices).contains(alicesSession);
    }

    @Test
    void health_and_the_api_description_need_no_key() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }

    private static List<String> pathSpellings(String id) {
        return List.of("/api/sessions/" + id, "/api/sessions/" + id + ";owner=bob", "/api/sessions/" + id + "%3B",
                "/api/sessions//" + id, "//api/sessions/" + id, "/api/sessions/" + id + "%2F", "/api/./sessions/" + id);
    }

    private static RequestSpecification as(String key) {
        return given().urlEncodingEnabled(false).header("Authorization", "Bearer " + key);
    }

    private static Map<?, ?> example(String template) {
        return as(AccessProfiles.ALICE_KEY).get("/api/templates/" + template).then().statusCode(200)
                .extract().path("example");
    }
}
