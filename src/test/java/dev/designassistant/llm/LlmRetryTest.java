package dev.designassistant.llm;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * The retry and time limit of the pipeline against a WireMock LLM, each test asserting the exact number of upstream
 * requests. Pauses are recorded by {@link FakeLlmTime} instead of slept.
 */
@QuarkusTest
@TestProfile(LlmTestProfiles.Upstream.class)
class LlmRetryTest {

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
    void answers_a_brief_with_one_upstream_call() {
        // given an LLM that answers
        llm.stubFor(post(urlEqualTo(WireMockLlm.CHAT_PATH)).willReturn(ok()));

        // when a brief is posted
        Response response = postBrief();

        // then the answer, model, usage and prompt come back, from exactly one call carrying the key and the prompt
        response.then().statusCode(200)
                .body("answer", org.hamcrest.Matchers.startsWith("Use three attempts"))
                .body("model", org.hamcrest.Matchers.equalTo("default"))
                .body("usage.inputTokens", org.hamcrest.Matchers.equalTo(57))
                .body("usage.outputTokens", org.hamcrest.Matchers.equalTo(19))
                .body("prompt", org.hamcrest.Matchers.startsWith("Design a retry strategy for card charges."));
        llm.verify(exactly(1), postRequestedFor(urlEqualTo(WireMockLlm.CHAT_PATH))
                .withHeader("Authorization", equalTo("Bearer " + LlmTestProfiles.TEST_KEY))
                .withRequestBody(matchingJsonPath("$.model", equalTo("gpt-4o-mini")))
                .withRequestBody(matchingJsonPath("$.messages[0].content", containing("Design a retry strategy"))));
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void retries_503_twice_then_succeeds() {
        // given an LLM that answers 503, 503, then 200
        failThenSucceed(aResponse().withStatus(503).withBody(Fixtures.llm("error-503.json")), 2);

        // when a brief is posted
        Response response = postBrief();

        // then it succeeds after 3 calls, pausing with growing jittered back-off (500 ms, then 1 s, ± 50 %)
        response.then().statusCode(200);
        llm.verify(exactly(3), postRequestedFor(urlEqualTo(WireMockLlm.CHAT_PATH)));
        assertThat(time.sleeps()).hasSize(2);
        assertThat(time.sleeps().get(0)).isBetween(Duration.ofMillis(250), Duration.ofMillis(750));
        assertThat(time.sleeps().get(1)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1500));
    }

    @Test
    void waits_as_long_as_retry_after_of_a_429_says_then_succeeds() {
        // given an LLM that answers 429 with Retry-After: 1, then 200
        failThenSucceed(aResponse().withStatus(429).withHeader("Retry-After", "1")
                .withBody(Fixtures.llm("error-429.json")), 1);

        // when a brief is posted
        Response response = postBrief();

        // then it waits exactly 1 s and succeeds on the second call
        response.then().statusCode(200);
        llm.verify(exactly(2), postRequestedFor(urlEqualTo(WireMockLlm.CHAT_PATH)));
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void caps_a_long_retry_after_at_max_retry_after() {
        // given an LLM that asks for an hour's pause (max-retry-after is 5 s in this profile)
        failThenSucceed(aResponse().withStatus(429).withHeader("Retry-After", "3600")
                .withBody(Fixtures.llm("error-429.json")), 1);

        // when a brief is posted, then it waits only the cap
        postBrief().then().statusCode(200);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(5));
    }

    @Test
    void does_not_retry_a_400_and_answers_502_naming_the_cause() {
        // given an LLM that rejects the request as invalid
        llm.stubFor(post(urlEqualTo(WireMockLlm.CHAT_PATH))
                .willReturn(aResponse().withStatus(400).withBody(Fixtures.llm("error-400.json"))));

        // when a brief is posted, then exactly one call is made and a 502 says why
        postBrief().then().statusCode(502)
                .contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.equalTo("/problems/llm-rejected"))
                .body("detail", containsString("rejected the request as invalid (400)"))
                .body("detail", containsString("'temperature' does not support"));
        llm.verify(exactly(1), postRequestedFor(urlEqualTo(WireMockLlm.CHAT_PATH)));
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void does_not_retry_a_401_and_answers_502_without_the_key() {
        // given an LLM that rejects the API key and echoes it back
        llm.stubFor(post(urlEqualTo(WireMockLlm.CHAT_PATH)).willReturn(aResponse().withStatus(401)
                .withBody(Fixtures.llm("error-401.json").replace("${apiKey}", LlmTestProfiles.TEST_KEY))));

        // when a brief is posted, then exactly one call is made and a 502 names the cause but not the key
        postBrief().then().statusCode(502)
                .body("type", org.hamcrest.Matchers.equalTo("/problems/llm-rejected"))
                .body("detail", containsString("the LLM rejected the API key (401)"))
                .body(not(containsString(LlmTestProfiles.TEST_KEY)));
        llm.verify(exactly(1), postRequestedFor(urlEqualTo(WireMockLlm.CHAT_PATH)));
    }

    @Test
    void gives_up_after_max_attempts_on_a_persistent_500_with_503_and_retry_after() {
        // given an LLM that always answers 500
        llm.stubFor(post(urlEqualTo(WireMockLlm.CHAT_PATH))
                .willReturn(aResponse().withStatus(500).withBody(Fixtures.llm("error-500.json"))));

        // when a brief is posted
        Response response = postBrief();

        // then exactly max-attempts (3) calls are made, never more, and a 503 says when to come back
        response.then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*"))
                .body("type", org.hamcrest.Matchers.equalTo("/problems/llm-unavailable"))
                .body("detail", containsString("every attempt failed (last failure: http-500)"));
        llm.verify(exactly(3), postRequestedFor(urlEqualTo(WireMockLlm.CHAT_PATH)));
        assertThat(time.sleeps()).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "MALFORMED_RESPONSE_CHUNK"})
    void retries_a_connection_fault(Fault fault) {
        // given an LLM whose first response is broken at the connection level
        failThenSucceed(aResponse().withFault(fault), 1);

        // when a brief is posted, then the second call answers
        postBrief().then().statusCode(200);
        llm.verify(exactly(2), postRequestedFor(urlEqualTo(WireMockLlm.CHAT_PATH)));
    }

    @Test
    void retries_a_response_whose_body_is_not_json() {
        // given an LLM whose first 200 response is garbled
        failThenSucceed(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"id\": \"chatcmpl-1\", \"choices\": [ garbled"), 1);

        // when a brief is posted, then the second call answers
        postBrief().then().statusCode(200);
        llm.verify(exactly(2), postRequestedFor(urlEqualTo(WireMockLlm.CHAT_PATH)));
    }

    @Test
    void abandons_a_call_slower_than_the_time_limit_with_504() {
        // given an LLM that takes 6 s to answer (the time limit is 3 s in this profile)
        llm.stubFor(post(urlEqualTo(WireMockLlm.CHAT_PATH)).willReturn(ok().withFixedDelay(6000)));

        // when a brief is posted
        long start = System.nanoTime();
        Response response = postBrief();
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        // then a 504 comes back within the limit plus a small margin, after one call that is not retried
        response.then().statusCode(504)
                .body("type", org.hamcrest.Matchers.equalTo("/problems/llm-timeout"))
                .body("detail", containsString("did not answer within 3 s"));
        assertThat(elapsed).isLessThan(Duration.ofMillis(3000 + 1000));
        llm.verify(exactly(1), postRequestedFor(urlEqualTo(WireMockLlm.CHAT_PATH)));
    }

    private void failThenSucceed(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder failure, int times) {
        String state = STARTED;
        for (int i = 1; i <= times; i++) {
            String next = "failed-" + i;
            llm.stubFor(post(urlEqualTo(WireMockLlm.CHAT_PATH)).inScenario("flaky").whenScenarioStateIs(state)
                    .willReturn(failure).willSetStateTo(next));
            state = next;
        }
        llm.stubFor(post(urlEqualTo(WireMockLlm.CHAT_PATH)).inScenario("flaky").whenScenarioStateIs(state)
                .willReturn(ok()));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder ok() {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(Fixtures.llm("chat-completion-success.json"));
    }

    private static Response postBrief() {
        return Fixtures.postLlmBriefAndWait();
    }
}
