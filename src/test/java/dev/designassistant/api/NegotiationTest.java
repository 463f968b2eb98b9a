package dev.designassistant.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * What a report, a session and every other path answer to the Accept header and the OPTIONS method: the client's
 * preferences (q-values, wildcards, exclusions) decide, an empty Accept is no preference, and a path that exists
 * lists every method it has.
 */
@QuarkusTest
class NegotiationTest {

    private static String session;

    @BeforeEach
    void aFinishedSession() {
        if (session == null) {
            session = given().contentType("application/json")
                    .body("{\"template\": \"pattern-selection\", \"followUps\": false, \"parameters\": "
                            + BadInputCorpus.with("serviceCount", "4") + "}")
                    .post("/api/briefs").then().statusCode(202).extract().path("sessionId");
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/api/sessions/" + session)
                    .then().body("status", equalTo("done")));
        }
    }

    @ParameterizedTest(name = "Accept: {0} gets {1}")
    @CsvSource(delimiter = '|', value = {
            "application/*|application/json",
            "text/*|text/markdown",
            "*/*|text/markdown",
            "text/html;q=0, */*|text/markdown",
            "*/*;q=0.1, text/html|text/html",
            "text/markdown;q=0.5, application/json;q=0.9|application/json",
            "text/html;q=0.001, text/markdown;q=0|text/html",
            "TEXT/HTML|text/html",
            "text/html ; q=1.0|text/html",
    })
    void a_report_follows_the_clients_preferences(String accept, String type) {
        given().header("Accept", accept).get("/api/sessions/" + session + "/report").then()
                .statusCode(200).contentType(startsWith(type));
    }

    @Test
    void an_empty_accept_header_is_no_preference() {
        RawHttp.Reply report = RawHttp.send(RestAssured.port, RawHttp.request("GET",
                "/api/sessions/" + session + "/report", List.of("Accept:"), null));
        RawHttp.Reply details = RawHttp.send(RestAssured.port, RawHttp.request("GET",
                "/api/sessions/" + session, List.of("Accept:"), null));

        assertThat(report.status()).isEqualTo(200);
        assertThat(report.contentType()).startsWith("text/markdown");
        assertThat(details.status()).isEqualTo(200);
        assertThat(details.contentType()).startsWith("application/json");
    }

    @Test
    void options_on_a_session_lists_every_method_it_has() {
        String allow = given().options("/api/sessions/" + session).then().statusCode(204)
                .extract().header("Allow");

        assertThat(Arrays.stream(allow.split(",")).map(String::strip).toList())
                .contains("GET", "DELETE", "OPTIONS", "HEAD").doesNotContain("POST", "PUT");
    }

    @Test
    void options_on_a_sub_resource_lists_its_methods() {
        String allow = given().options("/api/sessions/" + session + "/messages").then().statusCode(204)
                .extract().header("Allow");

        assertThat(Arrays.stream(allow.split(",")).map(String::strip).toList())
                .contains("POST", "OPTIONS").doesNotContain("GET", "DELETE");
    }

    @Test
    void a_wrong_method_on_a_sub_resource_is_405_with_allow() {
        given().get("/api/sessions/" + session + "/messages").then().statusCode(405)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("/problems/http-405"))
                .header("Allow", org.hamcrest.Matchers.containsString("POST"));
    }
}
