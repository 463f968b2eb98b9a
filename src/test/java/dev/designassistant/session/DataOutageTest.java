package dev.designassistant.session;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The session database going away: a brief gets 503 storage-unavailable and leaves nothing half-written, even when
 * the connection dies between the inserts of its transaction; reads get 503 too; and the service works again as
 * soon as the database is back, with no restart.
 */
@QuarkusTest
@TestProfile(DataOutageProfiles.H2.class)
class DataOutageTest {

    private static final List<String> TABLES = List.of("session", "chain_step", "message");

    @InjectOutage
    DatabaseOutage database;

    @AfterEach
    void databaseBack() {
        database.restore();
    }

    @Test
    void a_brief_while_the_database_is_down_gets_503_and_stores_nothing() {
        // given a database that is down
        Map<String, Long> before = rows();
        database.cut();

        // when a brief is posted
        Response response = postBrief();

        // then it is told the storage is unavailable, and when to try again
        response.then().statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/storage-unavailable"))
                .header("Retry-After", "5");

        // and nothing of it was stored
        database.restore();
        assertThat(rows()).isEqualTo(before);
        aBriefCompletes();
    }

    @ParameterizedTest
    @ValueSource(strings = {"insert into session", "insert into chain_step", "insert into message"})
    void a_connection_lost_while_a_brief_is_stored_leaves_no_half_written_session(String statement) {
        // given a database connection that dies when the brief's transaction sends this statement
        Map<String, Long> before = rows();
        database.cutWhenSent(statement);

        // when a brief is posted
        Response response = postBrief();

        // then the brief gets 503 and not one of its rows was kept
        assertThat(database.isCut()).as("the connection died at '%s'", statement).isTrue();
        response.then().statusCode(503).body("type", equalTo("/problems/storage-unavailable"));
        database.restore();
        assertThat(rows()).isEqualTo(before);
        aBriefCompletes();
    }

    @Test
    void reading_and_asking_while_the_database_is_down_get_503() {
        // given a stored session and then a database that is down
        String id = aBriefCompletes();
        database.cut();

        // when it is read, listed and asked about, then each is a 503 storage-unavailable
        given().get("/api/sessions/" + id).then().statusCode(503)
                .body("type", equalTo("/problems/storage-unavailable"));
        given().get("/api/sessions").then().statusCode(503)
                .body("type", equalTo("/problems/storage-unavailable"));
        given().contentType(ContentType.JSON).body(Map.of("content", "And the outbox?"))
                .post("/api/sessions/" + id + "/messages").then().statusCode(503)
                .body("type", equalTo("/problems/storage-unavailable"));

        // and once it is back the session is as it was
        database.restore();
        given().get("/api/sessions/" + id).then().statusCode(200).body("messages.size()", equalTo(2));
    }

    @Test
    void a_chain_cut_off_from_the_database_while_storing_an_answer_is_taken_up_again_when_it_is_back() {
        // given a database connection that dies while the chain stores the brief's answer
        database.cutWhenSent("update session set updated_at");

        // when a brief is posted, then it is accepted, and its answer could not be stored
        String id = postBrief().then().statusCode(202).extract().path("sessionId");
        await().atMost(Duration.ofSeconds(10)).until(database::isCut);

        // and once the database is back, the step's lapsed claim is released and the chain completes, once
        database.restore();
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                given().get("/api/sessions/" + id).then().statusCode(200).body("status", equalTo("done")));
        given().get("/api/sessions/" + id).then()
                .body("messages.seq", equalTo(List.of(1, 2)))
                .body("messages.role", equalTo(List.of("user", "assistant")))
                .body("steps.status", equalTo(List.of("DONE")));
    }

    /** A brief posted now is stored and answered: the service works with the database it has. */
    private String aBriefCompletes() {
        String id = postBrief().then().statusCode(202).extract().path("sessionId");
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                given().get("/api/sessions/" + id).then().statusCode(200).body("status", equalTo("done")));
        return id;
    }

    private Map<String, Long> rows() {
        Map<String, Long> rows = new java.util.LinkedHashMap<>();
        TABLES.forEach(t -> rows.put(t, database.count(t)));
        return rows;
    }

    private static Response postBrief() {
        return given().contentType(ContentType.JSON)
                .body(Map.of("template", "pattern-selection", "followUps", false, "parameters", Map.of(
                        "serviceCount", 4, "transactionType", "mixed", "consistency", "eventual",
                        "availabilitySla", "99.9%", "expectedLoad", "1,500 TPS", "keyOperations", List.of("place order"))))
                .when().post("/api/briefs");
    }
}
