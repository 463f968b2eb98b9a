package dev.designassistant.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

/**
 * Every row of the bad-input corpus gets exactly its status and problem type as application/problem+json, and
 * never a 5xx, a stack trace or a class name.
 */
@QuarkusTest
class BadInputCorpusTest {

    /** The raw bytes go out as they are: no charset added to the Content-Type, no re-encoding. */
    private static final RestAssuredConfig RAW = RestAssuredConfig.config().encoderConfig(
            EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    /** A finished session per test class (each subclass runs its own application and database). */
    private static final Map<Class<?>, String> SESSIONS = new java.util.concurrent.ConcurrentHashMap<>();

    private String session;

    @BeforeEach
    void aFinishedSession() {
        session = SESSIONS.computeIfAbsent(getClass(), c -> {
            String id = given().contentType("application/json")
                    .body("{\"template\": \"pattern-selection\", \"followUps\": false, \"parameters\": "
                            + BadInputCorpus.with("serviceCount", "4") + "}")
                    .when().post("/api/briefs").then().statusCode(202).extract().path("sessionId");
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/api/sessions/" + id)
                    .then().body("status", equalTo("done")));
            return id;
        });
    }

    static List<BadInput> corpus() {
        return BadInputCorpus.all();
    }

    @Test
    void the_corpus_has_at_least_a_hundred_cases() {
        assertThat(corpus()).hasSizeGreaterThanOrEqualTo(100);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void rejects_bad_input_with_its_exact_problem(BadInput bad) {
        // given the request of the row
        RequestSpecification request = given().config(RAW).urlEncodingEnabled(false);
        if (bad.contentType() != null) {
            request.contentType(bad.contentType());
        }
        if (bad.body() != null && String.valueOf(bad.contentType()).startsWith("application/x-www-form-urlencoded")) {
            request.body(new String(bad.body(), java.nio.charset.StandardCharsets.US_ASCII)); // RestAssured encodes forms from text only
        } else if (bad.body() != null) {
            request.body(bad.body());
        }

        // when it is sent
        Response response = request.when().request(bad.method(), bad.path().replace("{session}", session));

        // then it gets exactly the row's status and problem type, and nothing of the service's insides
        response.then()
                .statusCode(bad.status())
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(bad.type()))
                .body("status", equalTo(bad.status()))
                .body(not(containsString("Exception")))
                .body(not(containsString("dev.designassistant")));
        aNormalBriefIsStillAccepted();
    }

    static List<RawInput> rawCorpus() {
        return RawRows.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rawCorpus")
    void rejects_raw_requests_with_their_exact_problem(RawInput bad) {
        // when the row's bytes are sent over a socket of their own
        RawHttp.Reply reply = RawHttp.send(RestAssured.port, bad.bytes(session));

        // then it gets exactly the row's status and problem type, and nothing of the service's insides
        assertThat(reply.status()).as(reply.body()).isEqualTo(bad.status());
        assertThat(reply.contentType()).startsWith(Problem.MEDIA_TYPE);
        JsonPath problem = JsonPath.from(reply.body());
        assertThat(problem.getString("type")).isEqualTo(bad.type());
        assertThat(problem.getInt("status")).isEqualTo(bad.status());
        assertThat(reply.body()).doesNotContain("Exception", "dev.designassistant", "io.vertx", "io.netty");
        aNormalBriefIsStillAccepted();
    }

    /** The service is unharmed by the row: a normal brief is still taken. */
    private static void aNormalBriefIsStillAccepted() {
        given().contentType("application/json")
                .body("{\"template\": \"pattern-selection\", \"followUps\": false, \"parameters\": "
                        + BadInputCorpus.with("serviceCount", "4") + "}")
                .when().post("/api/briefs").then().statusCode(202);
    }
}
