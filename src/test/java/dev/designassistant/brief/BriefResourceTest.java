package dev.designassistant.brief;

import dev.designassistant.llm.LlmTestProfiles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/** {@code POST /api/briefs} end to end with no LLM configured: the built-in demo model answers. */
@QuarkusTest
@TestProfile(LlmTestProfiles.Demo.class)
class BriefResourceTest {

    private static final Map<String, Object> PARAMETERS = Map.of(
            "operation", "card charges sent to the payment provider", "sla", "3 seconds end to end");

    @Test
    void answers_a_brief_from_the_demo_model_with_no_configuration() {
        // given a valid brief and no assistant.llm.base-url
        Map<String, Object> brief = Map.of("template", "llm-brief", "parameters", PARAMETERS);

        // when it is posted
        Response response = post(brief);

        // then the demo model answers through the gateway, saying plainly what it is
        response.then().statusCode(200)
                .body("sessionId", notNullValue())
                .body("templateId", equalTo("llm-brief"))
                .body("model", equalTo("default"))
                .body("prompt", startsWith("Design a retry strategy for card charges sent to the payment provider."))
                .body("answer", startsWith("**Demo model answer**"))
                .body("answer", containsString("### 2. Backoff algorithm with justification"))
                .body("usage.inputTokens", greaterThan(0))
                .body("usage.outputTokens", greaterThan(0))
                .body("latencyMillis", greaterThan(-1));
        assertThat(response.jsonPath().getMap("$")).containsKey("sessionId");
    }

    @Test
    void demo_answers_are_deterministic() {
        // given the same brief twice
        Map<String, Object> brief = Map.of("template", "llm-brief", "parameters", PARAMETERS);

        // when both are answered
        String first = post(brief).then().statusCode(200).extract().path("answer");
        String second = post(brief).then().statusCode(200).extract().path("answer");

        // then the answers are identical
        assertThat(second).isEqualTo(first);
    }

    @Test
    void answers_with_a_named_model_chosen_in_the_brief() {
        // given a brief naming the configured model "second"
        Map<String, Object> brief = Map.of("template", "llm-brief", "parameters", PARAMETERS, "model", "second");

        // when it is posted, then that model answers
        post(brief).then().statusCode(200).body("model", equalTo("second"));
    }

    @Test
    void accepts_and_ignores_follow_ups_for_now() {
        Map<String, Object> brief = Map.of("template", "llm-brief", "parameters", PARAMETERS,
                "followUps", java.util.List.of("failure-modes"));

        post(brief).then().statusCode(200).body("answer", startsWith("**Demo model answer**"));
    }

    @Test
    void rejects_a_brief_without_template() {
        // given a brief with no template field
        Map<String, Object> brief = Map.of("parameters", PARAMETERS);

        // when it is posted, then a 400 names the missing field
        post(brief).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.parameter", hasItem("template"));
    }

    @Test
    void rejects_a_missing_body() {
        given().contentType(ContentType.JSON).when().post("/api/briefs")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void reports_an_unknown_template_with_404() {
        post(Map.of("template", "no-such-template", "parameters", PARAMETERS)).then().statusCode(404)
                .body("type", equalTo("/problems/unknown-template"));
    }

    @Test
    void lists_every_parameter_problem_before_asking_the_llm() {
        // given a brief with a required parameter missing and an unknown one
        Map<String, Object> brief = Map.of("template", "llm-brief", "parameters", Map.of("bogus", "x"));

        // when it is posted, then every problem is listed
        post(brief).then().statusCode(400)
                .body("type", equalTo("/problems/invalid-parameters"))
                .body("errors.parameter", hasItem("operation"))
                .body("errors.parameter", hasItem("sla"))
                .body("errors.parameter", hasItem("bogus"));
    }

    @Test
    void rejects_an_unknown_model_listing_the_configured_ones() {
        // given a brief naming a model that is not configured
        Map<String, Object> brief = Map.of("template", "llm-brief", "parameters", PARAMETERS, "model", "gpt-9");

        // when it is posted, then a 400 names the parameter and the configured models
        post(brief).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/unknown-model"))
                .body("errors[0].parameter", equalTo("model"))
                .body("errors[0].message", containsString("default, second"));
    }

    /** Posts the brief without follow-ups and waits for its answer ({@code Prefer: wait}). */
    private static Response post(Map<String, Object> brief) {
        Map<String, Object> body = new java.util.HashMap<>(brief);
        body.putIfAbsent("followUps", false);
        return given().contentType(ContentType.JSON).header("Prefer", "wait=30").body(body).when().post("/api/briefs");
    }
}
