package dev.designassistant.llm;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * The circuit breaker against a WireMock LLM: it opens after enough failures, then refuses briefs without calling the
 * upstream, and a half-open probe closes it after the wait (fake time). Rejections never count against it.
 */
@QuarkusTest
@TestProfile(LlmTestProfiles.Breaker.class)
class LlmCircuitBreakerTest {

    @InjectWireMock
    WireMockServer llm;

    @Inject
    FakeLlmTime time;

    @Inject
    PipelineFactory pipelines;

    @BeforeEach
    void reset() {
        Fixtures.resetUpstream(llm, time, pipelines);
    }

    @Test
    void opens_after_failures_refuses_without_upstream_calls_and_closes_after_a_half_open_probe() {
        // given an LLM that always fails (the breaker opens at 50 % of at least 3 calls)
        llm.stubFor(post(urlEqualTo(WireMockLlm.CHAT_PATH))
                .willReturn(aResponse().withStatus(500).withBody(Fixtures.llm("error-500.json"))));

        // when a brief uses up its 3 attempts, the breaker opens
        postBrief().then().statusCode(503).header("Retry-After", "30");
        llm.verify(exactly(3), postRequestedFor(urlEqualTo(WireMockLlm.CHAT_PATH)));
        readiness().then().body("checks.find { it.name == 'llm' }.data.default", equalTo("OPEN"));

        // then the next briefs get 503 with Retry-After and no upstream call at all
        time.advance(Duration.ofSeconds(10));
        postBrief().then().statusCode(503)
                .header("Retry-After", "20")
                .body("type", equalTo("/problems/llm-unavailable"))
                .body("detail", containsString("circuit breaker is open"));
        postBrief().then().statusCode(503);
        llm.verify(exactly(3), postRequestedFor(urlEqualTo(WireMockLlm.CHAT_PATH)));

        // and after the wait in open, one half-open probe that succeeds closes it again
        llm.resetAll();
        llm.stubFor(post(urlEqualTo(WireMockLlm.CHAT_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(Fixtures.llm("chat-completion-success.json"))));
        time.advance(Duration.ofSeconds(21));
        postBrief().then().statusCode(200);
        llm.verify(exactly(1), postRequestedFor(urlEqualTo(WireMockLlm.CHAT_PATH)));
        readiness().then().statusCode(200)
                .body("checks.find { it.name == 'llm' }.data.default", equalTo("CLOSED"));
    }

    @Test
    void rejections_never_count_against_the_breaker() {
        // given an LLM that rejects the API key
        llm.stubFor(post(urlEqualTo(WireMockLlm.CHAT_PATH)).willReturn(aResponse().withStatus(401)
                .withBody(Fixtures.llm("error-401.json").replace("${apiKey}", "sk-...wxyz"))));

        // when more briefs than the breaker's minimum are posted
        for (int i = 0; i < 5; i++) {
            postBrief().then().statusCode(502);
        }

        // then every one reached the upstream once and the breaker is still closed
        llm.verify(exactly(5), postRequestedFor(urlEqualTo(WireMockLlm.CHAT_PATH)));
        readiness().then().body("checks.find { it.name == 'llm' }.data.default", equalTo("CLOSED"));
    }

    @Test
    void readiness_stays_up_and_reports_available_false_while_every_breaker_is_open() {
        // given an open breaker
        llm.stubFor(post(urlEqualTo(WireMockLlm.CHAT_PATH)).willReturn(aResponse().withStatus(503)));
        postBrief().then().statusCode(503);

        // when readiness is asked, then it is UP and says the LLM is not available
        readiness().then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'llm' }.data.default", equalTo("OPEN"))
                .body("checks.find { it.name == 'llm' }.data.available", equalTo(false));
    }

    private static Response readiness() {
        return given().when().get("/q/health/ready");
    }

    private static Response postBrief() {
        return Fixtures.postLlmBriefAndWait();
    }
}
