package dev.designassistant.llm;

import com.github.tomakehurst.wiremock.http.Fault;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * Fallback chains against three WireMock upstreams: the default model falls back to {@code backup}, then
 * {@code third}. Each failure that another model might not have moves the conversation on, with exact call counts
 * per upstream; rejections of our own request do not; an open breaker is skipped without a call; the answer says
 * which model gave it and why the others did not.
 */
@QuarkusTest
@TestProfile(LlmTestProfiles.Fallbacks.class)
class LlmFallbackTest {

    @WireMockUpstreams.Inject
    Upstreams upstreams;

    @Inject
    FakeLlmTime time;

    @Inject
    PipelineFactory pipelines;

    @BeforeEach
    void reset() {
        upstreams.reset();
        upstreams.allAnswer();
        time.reset();
        pipelines.breakers().getAllCircuitBreakers().forEach(CircuitBreaker::reset);
    }

    @Test
    void stores_the_upstream_model_id_and_flags_an_answer_cut_off_at_the_token_limit() {
        // given a primary whose answer stops at the token limit
        Upstreams.answer(upstreams.primary(), Upstreams.PRIMARY_ID, "length");

        // when a brief is answered
        Response answered = Fixtures.postLlmBriefAndWait();

        // then the answer names the configured model, the upstream's id and the finish reason, flagged as truncated
        answered.then().statusCode(200)
                .body("messages[1].model", equalTo("default"))
                .body("messages[1].modelId", equalTo(Upstreams.PRIMARY_ID))
                .body("messages[1].finishReason", equalTo("length"))
                .body("messages[1].truncated", equalTo(true))
                .body("messages[1].cached", equalTo(false))
                .body("messages[1].fallbackFrom", nullValue());
        String session = answered.path("sessionId");
        given().when().get("/api/sessions/" + session).then().statusCode(200)
                .body("messages[1].modelId", equalTo(Upstreams.PRIMARY_ID))
                .body("messages[1].truncated", equalTo(true));
        // and every report says it
        assertThat(report(session, "markdown")).contains("model default (" + Upstreams.PRIMARY_ID + ")")
                .contains("TRUNCATED (finish reason length");
        assertThat(report(session, "html")).contains("<strong>Truncated:</strong>");
        assertThat(given().when().get("/sessions/" + session + "/steps").then().statusCode(200).extract().asString())
                .as("the web page's steps").contains("cut off at the model's token limit");
        given().accept(ContentType.JSON).when().get("/api/sessions/" + session + "/report").then().statusCode(200)
                .body("exchanges[0].modelId", equalTo(Upstreams.PRIMARY_ID))
                .body("exchanges[0].finishReason", equalTo("length"))
                .body("exchanges[0].truncated", equalTo(true));
        upstreams.verifyCalls(1, 0, 0);
    }

    @Test
    void the_step_done_event_names_the_model_that_answered() {
        // given a primary that answers after a second, cut off at the token limit
        upstreams.primary().resetAll();
        upstreams.primary().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo(WireMockLlm.CHAT_PATH))
                .willReturn(aResponse().withStatus(200).withFixedDelay(1_000)
                        .withHeader("Content-Type", "application/json")
                        .withBody(Fixtures.llm("chat-completion-success.json")
                                .replace("\"finish_reason\": \"stop\"", "\"finish_reason\": \"length\""))));

        // when a brief is posted and its events are watched until the chain is done
        Map<String, Object> body = new java.util.HashMap<>(Fixtures.LLM_BRIEF);
        body.put("followUps", false);
        String session = given().contentType(ContentType.JSON).body(body).when().post("/api/briefs")
                .then().statusCode(202).extract().path("sessionId");
        String events = given().when().get("/api/sessions/" + session + "/events").then().statusCode(200)
                .extract().asString();

        // then step-done says who answered, and that the answer is truncated
        assertThat(events).contains("event:step-done").contains("\"answeredBy\":{\"model\":\"default\",\"modelId\":\""
                + Upstreams.PRIMARY_ID + "\",\"finishReason\":\"length\",\"truncated\":true,\"cached\":false}");
    }

    @Test
    void a_503_storm_falls_back_and_opens_the_primarys_breaker_which_is_then_skipped_without_a_call() {
        // given a primary that answers every call with 503
        Upstreams.fail(upstreams.primary(), aResponse().withStatus(503).withBody(Fixtures.llm("error-503.json")));

        // when a brief is posted, the primary's three attempts fail and the backup answers
        Fixtures.postLlmBriefAndWait().then().statusCode(200)
                .body("messages[1].model", equalTo("backup"))
                .body("messages[1].modelId", equalTo(Upstreams.BACKUP_ID))
                .body("messages[1].fallbackFrom", equalTo("default"))
                .body("messages[1].skipped[0].model", equalTo("default"))
                .body("messages[1].skipped[0].reason", equalTo("upstream-error"));
        upstreams.verifyCalls(3, 1, 0);
        readiness().body("checks.find { it.name == 'llm' }.data.default", equalTo("OPEN"))
                .body("checks.find { it.name == 'llm' }.data.backup", equalTo("CLOSED"));

        // then the next brief skips the open breaker's model without calling it
        Fixtures.postLlmBriefAndWait().then().statusCode(200)
                .body("messages[1].model", equalTo("backup"))
                .body("messages[1].skipped[0].reason", equalTo("breaker-open"));
        upstreams.verifyCalls(3, 2, 0);
        // and the fallbacks are counted per (from, to, reason)
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).containsPattern(
                "assistant_llm_fallbacks_total\\{from=\"default\",reason=\"upstream-error\",to=\"backup\",?} [1-9]");
        assertThat(metrics).containsPattern(
                "assistant_llm_fallbacks_total\\{from=\"default\",reason=\"breaker-open\",to=\"backup\",?} [1-9]");
    }

    @Test
    void a_429_with_retry_after_falls_back_after_the_primarys_attempts() {
        Upstreams.fail(upstreams.primary(), aResponse().withStatus(429).withHeader("Retry-After", "2")
                .withBody(Fixtures.llm("error-429.json")));

        Fixtures.postLlmBriefAndWait().then().statusCode(200)
                .body("messages[1].model", equalTo("backup"))
                .body("messages[1].skipped[0].reason", equalTo("rate-limited"));

        upstreams.verifyCalls(3, 1, 0);
    }

    @Test
    void a_connection_reset_falls_back() {
        Upstreams.fail(upstreams.primary(), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        Fixtures.postLlmBriefAndWait().then().statusCode(200)
                .body("messages[1].model", equalTo("backup"))
                .body("messages[1].skipped[0].reason", equalTo("connection-failed"));

        upstreams.verifyCalls(3, 1, 0);
    }

    @Test
    void a_primary_over_its_time_limit_falls_back_after_one_call() {
        // given a primary slower than its 2 s time limit (a time limit is not retried)
        upstreams.primary().resetAll();
        upstreams.primary().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo(WireMockLlm.CHAT_PATH))
                .willReturn(aResponse().withStatus(200).withFixedDelay(4_000)
                        .withHeader("Content-Type", "application/json")
                        .withBody(Fixtures.llm("chat-completion-success.json"))));

        Fixtures.postLlmBriefAndWait().then().statusCode(200)
                .body("messages[1].model", equalTo("backup"))
                .body("messages[1].skipped[0].reason", equalTo("timeout"));

        upstreams.verifyCalls(1, 1, 0);
    }

    @Test
    void the_third_model_answers_when_the_first_two_cannot() {
        Upstreams.fail(upstreams.primary(), aResponse().withStatus(503));
        Upstreams.fail(upstreams.backup(), aResponse().withStatus(500));

        Fixtures.postLlmBriefAndWait().then().statusCode(200)
                .body("messages[1].model", equalTo("third"))
                .body("messages[1].modelId", equalTo(Upstreams.THIRD_ID))
                .body("messages[1].fallbackFrom", equalTo("default"))
                .body("messages[1].skipped.model", org.hamcrest.Matchers.contains("default", "backup"))
                .body("messages[1].skipped.reason", org.hamcrest.Matchers.contains("upstream-error", "upstream-error"));

        upstreams.verifyCalls(3, 3, 1);
    }

    @Test
    void every_model_down_is_the_first_models_503() {
        Upstreams.fail(upstreams.primary(), aResponse().withStatus(503));
        Upstreams.fail(upstreams.backup(), aResponse().withStatus(503));
        Upstreams.fail(upstreams.third(), aResponse().withStatus(503));

        Fixtures.postLlmBriefAndWait().then().statusCode(503)
                .body("type", equalTo("/problems/llm-unavailable"))
                .body("detail", containsString("model 'default'"));

        upstreams.verifyCalls(3, 3, 3);
    }

    @Test
    void a_rejected_api_key_is_a_502_with_no_fallback_call() {
        Upstreams.fail(upstreams.primary(), aResponse().withStatus(401).withBody(Fixtures.llm("error-401.json")));

        Fixtures.postLlmBriefAndWait().then().statusCode(502)
                .body("type", equalTo("/problems/llm-rejected"));

        upstreams.verifyCalls(1, 0, 0);
    }

    @Test
    void a_later_step_goes_to_the_primary_again_once_it_has_recovered() {
        // given a brief answered by the backup while the primary returns 503
        Upstreams.fail(upstreams.primary(), aResponse().withStatus(503));
        String session = Fixtures.postLlmBriefAndWait().then().statusCode(200)
                .body("messages[1].model", equalTo("backup")).extract().path("sessionId");

        // when the primary recovers and its breaker's wait is over
        Upstreams.answer(upstreams.primary(), Upstreams.PRIMARY_ID, "stop");
        time.advance(java.time.Duration.ofSeconds(31));

        // then the session's next step is answered by the primary, with no fallback
        given().contentType(ContentType.JSON).body(Map.of("content", "And the alerting?"))
                .when().post("/api/sessions/" + session + "/messages").then().statusCode(200)
                .body("model", equalTo("default"))
                .body("modelId", equalTo(Upstreams.PRIMARY_ID))
                .body("fallbackFrom", nullValue());
        upstreams.verifyCalls(1, 1, 0); // the primary's count starts again with its new stub
    }

    private static io.restassured.response.ValidatableResponse readiness() {
        return given().when().get("/q/health/ready").then().statusCode(200);
    }

    private static String report(String session, String format) {
        return given().when().get("/api/sessions/" + session + "/report?format=" + format).then().statusCode(200)
                .extract().asString();
    }
}
