package dev.designassistant.trace;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.designassistant.llm.FakeLlmTime;
import dev.designassistant.llm.Fixtures;
import dev.designassistant.llm.InjectWireMock;
import dev.designassistant.llm.WireMockLlm;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A brief with follow-ups, traced into memory: the exact tree (request → session → 7 steps → 7 model calls → their
 * attempts, two extra for the first call under WireMock's 503, 503), every GenAI attribute with its type, no prompt
 * or answer unless opted in, and the canary API key in no attribute of any span.
 */
@QuarkusTest
@TestProfile(TraceProfile.class)
class BriefTraceTest {

    @InjectWireMock
    WireMockServer llm;

    @Inject
    InMemorySpans spans;

    @Inject
    FakeLlmTime time;

    @BeforeEach
    void reset() {
        llm.resetAll();
        time.reset();
    }

    @Test
    void a_brief_with_follow_ups_is_one_trace_from_the_request_to_every_attempt() {
        // given an LLM that answers 503 twice, then every call
        answer503TwiceThenEverything();

        // when a brief with its six follow-ups is posted and waited for
        String sessionId = postDesignBrief();
        List<SpanData> trace = traceOf(sessionId);

        // then the request is the root, the session its child, and each of the 7 steps the session's child
        SpanData request = only(trace, s -> s.getKind() == SpanKind.SERVER);
        assertThat(request.getName()).isEqualTo("POST /api/briefs");
        assertThat(request.getParentSpanContext().isValid()).isFalse();
        SpanData session = only(trace, s -> s.getName().equals("chain.session"));
        assertThat(session.getParentSpanId()).isEqualTo(request.getSpanId());
        assertThat(session.getAttributes().get(GenAi.CONVERSATION_ID)).isEqualTo(sessionId);
        assertThat(session.getAttributes().get(SessionTraces.STEPS)).isEqualTo(7L);
        List<SpanData> steps = named(trace, "chain.step").stream()
                .sorted(Comparator.comparing(s -> s.getAttributes().get(longKey("chain.step.index")))).toList();
        assertThat(steps).hasSize(7).allSatisfy(step -> {
            assertThat(step.getParentSpanId()).isEqualTo(session.getSpanId());
            assertThat(step.getAttributes().get(stringKey("chain.step.status"))).isEqualTo("done");
            assertThat(step.getAttributes().get(GenAi.CONVERSATION_ID)).isEqualTo(sessionId);
        });
        assertThat(steps).extracting(s -> s.getAttributes().get(longKey("chain.step.index")))
                .containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(steps).extracting(s -> s.getAttributes().get(stringKey("chain.step.kind")))
                .containsExactly("brief", "follow_up", "follow_up", "follow_up", "follow_up", "follow_up",
                        "follow_up");

        // and each step has exactly one model call as its child
        List<SpanData> chats = named(trace, "chat gpt-4o-mini");
        assertThat(chats).hasSize(7);
        Map<String, SpanData> chatOfStep = chats.stream()
                .collect(Collectors.toMap(SpanData::getParentSpanId, Function.identity()));
        assertThat(chatOfStep.keySet()).containsExactlyInAnyOrderElementsOf(steps.stream().map(SpanData::getSpanId).toList());

        // and the first call made three attempts (503, 503, 200), every other call one (200)
        List<SpanData> attempts = named(trace, "POST");
        assertThat(attempts).hasSize(9).allSatisfy(a -> assertThat(a.getKind()).isEqualTo(SpanKind.CLIENT));
        List<SpanData> first = attemptsOf(attempts, chatOfStep.get(steps.getFirst().getSpanId()));
        assertThat(first).extracting(a -> a.getAttributes().get(GenAi.HTTP_STATUS)).containsExactly(503L, 503L, 200L);
        assertThat(first).extracting(a -> a.getAttributes().get(GenAi.HTTP_RESEND_COUNT)).containsExactly(null, 1L, 2L);
        assertThat(first).extracting(a -> a.getAttributes().get(GenAi.ERROR_TYPE)).containsExactly("503", "503", null);
        for (SpanData step : steps.subList(1, 7)) {
            assertThat(attemptsOf(attempts, chatOfStep.get(step.getSpanId())))
                    .extracting(a -> a.getAttributes().get(GenAi.HTTP_STATUS)).containsExactly(200L);
        }

        // and nothing else is in the trace
        assertThat(trace).hasSize(1 + 1 + 7 + 7 + 9);
    }

    @Test
    void a_model_call_carries_the_gen_ai_attributes_with_their_types_and_no_content() {
        answer503TwiceThenEverything();
        String sessionId = postDesignBrief();
        SpanData chat = named(traceOf(sessionId), "chat gpt-4o-mini").getFirst();

        assertThat(chat.getKind()).isEqualTo(SpanKind.CLIENT);
        assertThat(chat.getInstrumentationScopeInfo().getName()).isEqualTo(Tracing.SCOPE);
        Attributes a = chat.getAttributes();
        assertThat(a.get(GenAi.OPERATION_NAME)).isEqualTo("chat");
        assertThat(a.get(GenAi.PROVIDER_NAME)).isEqualTo("openai");
        assertThat(a.get(GenAi.REQUEST_MODEL)).isEqualTo("gpt-4o-mini");
        assertThat(a.get(GenAi.RESPONSE_MODEL)).isEqualTo("mock-model");
        assertThat(a.get(GenAi.RESPONSE_ID)).isEqualTo("chatcmpl-chain");
        assertThat(a.get(GenAi.RESPONSE_FINISH_REASONS)).containsExactly("stop");
        assertThat(a.get(GenAi.USAGE_INPUT_TOKENS)).isEqualTo(120L);
        assertThat(a.get(GenAi.USAGE_OUTPUT_TOKENS)).isEqualTo(30L);
        assertThat(a.get(GenAi.CONVERSATION_ID)).isEqualTo(sessionId);
        assertThat(a.get(GenAi.PROMPT_NAME)).isEqualTo("design-brief");
        assertThat(a.get(GenAi.SERVER_ADDRESS)).isEqualTo("localhost");
        assertThat(a.get(GenAi.SERVER_PORT)).isEqualTo((long) llm.port());
        assertThat(a.get(GenAi.REQUEST_TEMPERATURE)).isEqualTo(0.2);
        assertThat(a.get(GenAi.REQUEST_MAX_TOKENS)).isEqualTo(800L);
        assertThat(a.get(GenAi.ERROR_TYPE)).isNull();
        // the keys' types are the conventions': each typed lookup above found its value; no other type hides one
        assertThat(a.asMap().keySet()).allSatisfy(key -> assertThat(key.getKey()).doesNotStartWith("gen_ai.input")
                .doesNotStartWith("gen_ai.output").doesNotStartWith("gen_ai.system"));
        assertThat(spans.finished()).allSatisfy(span ->
                assertThat(everything(span)).doesNotContain("gen_ai.input").doesNotContain("gen_ai.output")
                        .doesNotContain("payment processing").doesNotContain("outbox"));
    }

    @Test
    void a_follow_up_asked_later_joins_the_session_s_trace_and_links_the_request_that_asked_it() {
        answer503TwiceThenEverything();
        String sessionId = postDesignBrief();
        SpanData session = only(traceOf(sessionId), s -> s.getName().equals("chain.session"));

        given().contentType(ContentType.JSON).body(Map.of("content", "And how do we version the events?"))
                .when().post("/api/sessions/" + sessionId + "/messages")
                .then().statusCode(200);

        SpanData asked = await().atMost(Duration.ofSeconds(10)).until(() -> spans.finished().stream()
                .filter(s -> s.getKind() == SpanKind.SERVER && s.getName().equals("POST /api/sessions/{id}/messages"))
                .findFirst().orElse(null), Objects::nonNull);
        SpanData step = only(spans.ofTrace(session.getTraceId()), s -> "user".equals(
                s.getAttributes().get(stringKey("chain.step.kind"))));
        assertThat(step.getParentSpanId()).isEqualTo(session.getSpanId());
        assertThat(step.getLinks()).singleElement().satisfies(link -> {
            assertThat(link.getSpanContext().getTraceId()).isEqualTo(asked.getTraceId());
            assertThat(link.getSpanContext().getSpanId()).isEqualTo(asked.getSpanId());
        });
        assertThat(named(spans.ofTrace(session.getTraceId()), "chat gpt-4o-mini")).hasSize(8);
    }

    @Test
    void no_span_carries_the_api_key() {
        answer503TwiceThenEverything();
        String sessionId = postDesignBrief();
        traceOf(sessionId);

        assertThat(spans.finished()).isNotEmpty().allSatisfy(span ->
                assertThat(everything(span)).doesNotContain(TraceProfile.CANARY).doesNotContain("Bearer"));
    }

    @Test
    void the_latency_histogram_points_at_a_model_call_s_span_and_the_gen_ai_metrics_are_there() {
        answer503TwiceThenEverything();
        traceOf(postDesignBrief());

        String openMetrics = given().accept("application/openmetrics-text").get("/q/metrics")
                .then().statusCode(200).extract().asString();
        // an exemplar is kept for a while per bucket: it may be an earlier brief's call, but always a model call
        java.util.regex.Matcher exemplar = java.util.regex.Pattern.compile(
                "assistant_llm_latency_seconds_bucket\\{[^}]*} \\S+ # \\{span_id=\"(\\w+)\",trace_id=\"(\\w+)\"}")
                .matcher(openMetrics);
        assertThat(exemplar.find()).as(openMetrics).isTrue();
        assertThat(spans.finished()).anySatisfy(span -> {
            assertThat(span.getSpanId()).isEqualTo(exemplar.group(1));
            assertThat(span.getTraceId()).isEqualTo(exemplar.group(2));
            assertThat(span.getName()).isEqualTo("chat gpt-4o-mini");
        });
        assertThat(openMetrics).contains("gen_ai_client_operation_duration_seconds_bucket{")
                .contains("gen_ai_client_token_usage_bucket{");
        assertThat(openMetrics.lines().filter(l -> l.startsWith("gen_ai_client_token_usage_count{"))
                .filter(l -> l.contains("gen_ai_token_type=\"input\"")).findFirst().orElseThrow())
                .contains("gen_ai_operation_name=\"chat\"").contains("gen_ai_provider_name=\"openai\"")
                .contains("gen_ai_request_model=\"gpt-4o-mini\"").contains("gen_ai_response_model=\"mock-model\"")
                .contains("server_port=\"" + llm.port() + "\"");
    }

    /** Every name and value of the span, its events and its resource, as one text. */
    static String everything(SpanData span) {
        return span.getName() + " " + span.getAttributes() + " " + span.getEvents() + " " + span.getLinks() + " "
                + span.getResource().getAttributes() + " " + span.getStatus();
    }

    private void answer503TwiceThenEverything() {
        llm.stubFor(post(urlEqualTo(WireMockLlm.CHAT_PATH)).inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503).withBody(Fixtures.llm("error-503.json")))
                .willSetStateTo("once"));
        llm.stubFor(post(urlEqualTo(WireMockLlm.CHAT_PATH)).inScenario("flaky").whenScenarioStateIs("once")
                .willReturn(aResponse().withStatus(503).withBody(Fixtures.llm("error-503.json")))
                .willSetStateTo("recovered"));
        llm.stubFor(post(urlEqualTo(WireMockLlm.CHAT_PATH)).inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(Fixtures.llm("chain-answer.json"))));
    }

    /** Posts the catalog's design brief with its example values and follow-ups and waits for the whole chain. */
    private static String postDesignBrief() {
        Map<?, ?> example = given().get("/api/templates/design-brief").then().statusCode(200).extract().path("example");
        return given().contentType(ContentType.JSON).header("Prefer", "wait=60")
                .body(Map.of("template", "design-brief", "parameters", example))
                .when().post("/api/briefs")
                .then().statusCode(200)
                .extract().path("sessionId");
    }

    /** The trace of the session's request, once its server span (the last to end) is in. */
    List<SpanData> traceOf(String sessionId) {
        SpanData session = await().atMost(Duration.ofSeconds(10)).until(() -> spans.finished().stream()
                .filter(s -> sessionId.equals(s.getAttributes().get(GenAi.CONVERSATION_ID)))
                .filter(s -> s.getName().equals("chain.session")).findFirst().orElse(null), Objects::nonNull);
        String traceId = session.getTraceId();
        await().atMost(Duration.ofSeconds(10)).until(() -> spans.ofTrace(traceId).stream()
                .anyMatch(s -> s.getKind() == SpanKind.SERVER && s.getName().equals("POST /api/briefs")));
        return spans.ofTrace(traceId);
    }

    private static List<SpanData> attemptsOf(List<SpanData> attempts, SpanData chat) {
        return attempts.stream().filter(a -> a.getParentSpanId().equals(chat.getSpanId()))
                .sorted(Comparator.comparing(SpanData::getStartEpochNanos)).toList();
    }

    private static List<SpanData> named(List<SpanData> trace, String name) {
        return trace.stream().filter(s -> s.getName().equals(name)).toList();
    }

    private static SpanData only(List<SpanData> trace, java.util.function.Predicate<SpanData> which) {
        List<SpanData> found = trace.stream().filter(which).toList();
        assertThat(found).as("spans %s", trace.stream().map(SpanData::getName).toList()).hasSize(1);
        return found.getFirst();
    }

    private static AttributeKey<Long> longKey(String name) {
        return AttributeKey.longKey(name);
    }

    private static AttributeKey<String> stringKey(String name) {
        return AttributeKey.stringKey(name);
    }
}
