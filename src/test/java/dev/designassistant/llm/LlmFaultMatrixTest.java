package dev.designassistant.llm;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * The LLM failing in every way while a brief's chain runs: the caller is answered within the time limit, the failing
 * step ends FAILED with its reason (never left RUNNING), and once the LLM is back the breaker closes again and a
 * resume completes the chain with exactly seven answers, none twice.
 */
@QuarkusTest
@TestProfile(FaultProfiles.H2.class)
class LlmFaultMatrixTest {

    /** The time limit of the profile (2 s) plus room for three quick attempts and a loaded machine. */
    private static final Duration ANSWERED_WITHIN = Duration.ofSeconds(8);

    /** The first two steps (brief and first follow-up) are answered; the third fails. */
    private static final int FAILING_STEP = 2;

    @InjectWireMock
    WireMockServer llm;

    @Inject
    FakeLlmTime time;

    @Inject
    PipelineFactory pipelines;

    /** The ways an OpenAI-compatible LLM fails, and the status a waiting caller gets for each. */
    enum LlmFault {
        CONNECTION_RESET(503, () -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)),
        EMPTY_RESPONSE(503, () -> aResponse().withFault(Fault.EMPTY_RESPONSE)),
        MALFORMED_CHUNK(503, () -> aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)),
        RANDOM_DATA_THEN_CLOSE(503, () -> aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)),
        GARBAGE_BODY(503, () -> aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("<html>definitely not { json")),
        NO_CHOICES(503, () -> aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"id\": \"x\", \"choices\": []}")),
        SERVER_ERROR_STORM(503, () -> aResponse().withStatus(500).withBody(Fixtures.llm("error-500.json"))),
        UNAVAILABLE_STORM(503, () -> aResponse().withStatus(503).withHeader("Retry-After", "2")
                .withBody(Fixtures.llm("error-503.json"))),
        RATE_LIMIT_STORM(503, () -> aResponse().withStatus(429).withHeader("Retry-After", "1")
                .withBody(Fixtures.llm("error-429.json"))),
        HANG(504, () -> aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withFixedDelay(6_000).withBody(Fixtures.llm("chain-answer.json")));

        final int status;
        final Supplier<ResponseDefinitionBuilder> response;

        LlmFault(int status, Supplier<ResponseDefinitionBuilder> response) {
            this.status = status;
            this.response = response;
        }
    }

    /** The test classes whose application has made its first LLM call (each subclass runs its own application). */
    private static final Set<Class<?>> WARM = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void reset() {
        if (WARM.add(getClass())) {
            // the first call of an application pays for class loading and connection set-up; not a fault to test
            answerEverything();
            given().get("/q/health/ready").then().statusCode(200);
            briefAndWait();
        }
        Fixtures.resetUpstream(llm, time, pipelines);
    }

    @ParameterizedTest
    @EnumSource(LlmFault.class)
    void a_failing_step_is_failed_with_its_reason_and_a_resume_completes_the_chain_once_the_llm_is_back(LlmFault fault) {
        // given an LLM that answers the first two steps and then fails in this way
        answerUntilStepThenFail(fault);

        // when a brief with the six follow-ups is posted and waited for
        long start = System.nanoTime();
        Response failed = briefAndWait();
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        // then the caller gets the LLM's error promptly, and the failing step is FAILED with a reason
        failed.then().statusCode(fault.status).contentType("application/problem+json");
        assertThat(took).as("answered within the time limit").isLessThan(ANSWERED_WITHIN);
        String id = sessionIdIn(failed);
        JsonPath session = session(id);
        assertThat(session.getString("status")).isEqualTo("failed");
        assertThat(session.getList("steps.status")).doesNotContain("RUNNING")
                .containsExactly("DONE", "DONE", "FAILED", "PENDING", "PENDING", "PENDING", "PENDING");
        assertThat(session.getString("steps[" + FAILING_STEP + "].reason")).isNotBlank()
                .doesNotContain("Exception").doesNotContain("java.").doesNotContain(LlmTestProfiles.TEST_KEY);
        askingIsRefusedUntilResumed(id);

        // when the LLM is back, the breaker's wait is over and the chain is resumed
        answerEverything();
        time.advance(Duration.ofSeconds(31));
        given().post("/api/sessions/" + id + "/chain/resume").then().statusCode(202)
                .body("resumedSteps", equalTo(1));

        // then it completes with exactly seven answers, none twice, and the breaker is closed again
        awaitStatus(id, "done");
        assertCompleteTranscript(session(id), 7);
        given().get("/q/health/ready").then()
                .body("checks.find { it.name == 'llm' }.data.default", equalTo("CLOSED"));
    }

    @Test
    void a_question_to_a_hanging_llm_is_answered_504_within_the_time_limit_and_can_be_resumed() {
        // given a finished session and an LLM that stops answering
        answerEverything();
        Response done = given().contentType(ContentType.JSON).header("Prefer", "wait=30")
                .body(Map.of("template", "saga-design", "parameters", examplesOf("saga-design"), "followUps", false))
                .post("/api/briefs");
        done.then().statusCode(200);
        String id = sessionIdIn(done);
        failEveryCall(LlmFault.HANG);

        // when a user asks a follow-up
        long start = System.nanoTime();
        given().contentType(ContentType.JSON).body(Map.of("content", "What if the broker is down?"))
                .post("/api/sessions/" + id + "/messages")
                .then().statusCode(504).body("type", equalTo("/problems/llm-timeout"));

        // then the request thread was freed at the time limit and the question's step is FAILED, not RUNNING
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(ANSWERED_WITHIN);
        assertThat(session(id).getList("steps.status")).containsExactly("DONE", "FAILED");

        // and a new question before the failed one is resumed is refused, so no answer can overtake it
        answerEverything();
        askingIsRefusedUntilResumed(id);

        // and once the LLM answers again, a resume answers the question once
        given().post("/api/sessions/" + id + "/chain/resume").then().statusCode(202);
        awaitStatus(id, "done");
        assertCompleteTranscript(session(id), 2);
    }

    private static void askingIsRefusedUntilResumed(String id) {
        given().contentType(ContentType.JSON).body(Map.of("content", "Meanwhile, what about retries?"))
                .post("/api/sessions/" + id + "/messages")
                .then().statusCode(409)
                .header("Retry-After", org.hamcrest.Matchers.nullValue()) // waiting does not help: resume does
                .body("type", equalTo("/problems/session-busy"))
                .body("detail", containsString("resume"));
    }

    /** Steps 0 and 1 carry at most four messages; from step 2 on there is a fifth. */
    private void answerUntilStepThenFail(LlmFault fault) {
        answerEverything();
        llm.stubFor(post(urlEqualTo(WireMockLlm.CHAT_PATH)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.messages[" + 2 * FAILING_STEP + "]"))
                .willReturn(fault.response.get()));
    }

    private void failEveryCall(LlmFault fault) {
        llm.resetAll();
        llm.stubFor(post(urlEqualTo(WireMockLlm.CHAT_PATH)).willReturn(fault.response.get()));
    }

    private void answerEverything() {
        llm.resetAll();
        llm.stubFor(post(urlEqualTo(WireMockLlm.CHAT_PATH)).atPriority(5).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(Fixtures.llm("chain-answer.json"))));
    }

    private Response briefAndWait() {
        return given().contentType(ContentType.JSON).header("Prefer", "wait=30")
                .body(Map.of("template", "saga-design", "parameters", examplesOf("saga-design")))
                .when().post("/api/briefs");
    }

    /** Gapless, alternating user/assistant, one question and one answer per step, in step order. */
    static void assertCompleteTranscript(JsonPath session, int steps) {
        List<Integer> seqs = session.getList("messages.seq");
        List<String> roles = session.getList("messages.role");
        List<Integer> stepOf = session.getList("messages.step");
        assertThat(seqs).hasSize(2 * steps);
        for (int i = 0; i < 2 * steps; i++) {
            assertThat(seqs.get(i)).as("seq of message %d", i).isEqualTo(i + 1);
            assertThat(roles.get(i)).as("role of message %d", i).isEqualTo(i % 2 == 0 ? "user" : "assistant");
            assertThat(stepOf.get(i)).as("step of message %d", i).isEqualTo(i / 2);
        }
        assertThat(session.getList("steps.status")).containsOnly("DONE").hasSize(steps);
    }

    /** The session the response's Location names. */
    static String sessionIdIn(Response response) {
        String location = response.header("Location");
        assertThat(location).as("Location of the session").contains("/api/sessions/");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    static JsonPath session(String id) {
        return given().get("/api/sessions/" + id).then().statusCode(200).extract().jsonPath();
    }

    static void awaitStatus(String id, String status) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                given().get("/api/sessions/" + id).then().statusCode(200).body("status", equalTo(status)));
    }

    private static Map<?, ?> examplesOf(String template) {
        return given().get("/api/templates/" + template).then().statusCode(200).extract().path("example");
    }
}
