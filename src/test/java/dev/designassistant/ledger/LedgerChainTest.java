package dev.designassistant.ledger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.designassistant.llm.InjectWireMock;
import dev.designassistant.llm.WireMockLlm;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The consistency ledger at the end of a chain, against a scripted LLM: a conforming reply is stored as the ledger,
 * a non-conforming one is answered once with its problems (the correction's reply counts), and a second
 * non-conforming reply leaves the ledger "invalid" with the problems, the chain done and every answer kept.
 */
@QuarkusTest
@QuarkusTestResource(value = WireMockLlm.class, restrictToAnnotatedClass = true)
class LedgerChainTest {

    private static final String LEDGER = """
            {"decision": {"title": "Orchestrated saga", "outcome": "Use an orchestrated saga with an outbox",
              "rationale": "Steps 0 and 1 agree on it", "consequences": ["compensations must be idempotent"]},
             "options": [{"name": "Orchestrated saga", "pros": ["visible flow"], "cons": ["an orchestrator to run"],
               "chosen": true},
              {"name": "2PC", "pros": ["atomic"], "cons": ["blocks on coordinator failure"], "chosen": false}],
             "contradictions": [{"steps": [0, 1], "claimA": "payments are captured at once",
               "claimB": "payments are authorised and captured on shipping", "severity": "high"}],
             "assumptions": [{"assumption": "the payment provider accepts idempotency keys", "steps": [0]}],
             "guarantees": [{"interaction": "OrderService → PaymentService", "delivery": "at-least-once",
               "ordering": "per order", "idempotency": "idempotency key per order", "consistency": "eventual"}]}""";

    @InjectWireMock
    WireMockServer llm;

    @BeforeEach
    void reset() {
        llm.resetAll();
        answer(3, null, "A design answer.");
    }

    @Test
    void a_conforming_ledger_is_stored_as_a_step_and_shown_in_the_session_and_every_report() {
        answer(2, LedgerInstruction.FORMAT_SENTENCE, LEDGER);

        String id = brief();

        JsonPath session = given().get("/api/sessions/" + id).then().extract().jsonPath();
        assertThat(session.getList("steps.kind")).containsExactly("BRIEF", "LEDGER");
        assertThat(session.getString("ledger.status")).isEqualTo("conforming");
        assertThat(session.getInt("ledger.step")).isEqualTo(1);
        assertThat(session.getString("ledger.ledger.decision.title")).isEqualTo("Orchestrated saga");
        assertThat(session.getString("ledger.ledger.contradictions[0].severity")).isEqualTo("high");
        assertThat(session.getList("ledger.ledger.guarantees.delivery")).containsExactly("at-least-once");

        String md = report(id, "markdown");
        assertThat(md).contains("## Consistency ledger\n\nFrom step 1, checked against the ledger schema.")
                .contains("| 0, 1 | payments are captured at once | payments are authorised and captured on shipping | high |")
                .contains("- the payment provider accepts idempotency keys (steps 0)")
                .contains("| OrderService → PaymentService | at-least-once | per order | idempotency key per order | eventual |")
                .contains("## Consistency ledger step\n\nPrompt as sent:");
        assertThat(report(id, "html")).contains("<h2>Consistency ledger</h2>").contains("<h3>Contradictions</h3>")
                .contains("<td>payments are captured at once</td>");
        assertThat(given().queryParam("format", "json").get("/api/sessions/" + id + "/report").then().extract()
                .jsonPath().getString("ledger.ledger.assumptions[0].assumption"))
                .isEqualTo("the payment provider accepts idempotency keys");
    }

    @Test
    void the_adr_takes_its_decision_and_options_from_the_ledger_and_its_drivers_from_the_brief() {
        answer(2, LedgerInstruction.FORMAT_SENTENCE, LEDGER);
        String id = brief();
        String hash = given().get("/api/sessions/" + id).path("templateHash");

        String adr = given().queryParam("format", "adr").get("/api/sessions/" + id + "/report").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/markdown")).extract().asString();

        assertThat(adr).startsWith("# Orchestrated saga\n\n- Status: proposed\n- Date: ")
                .contains("\n## Context and Problem Statement\n\nComplete Saga Design (library section 2.1)")
                .contains("\n## Decision Drivers\n\n- Business transaction: e-commerce order placement\n")
                .contains("\n## Considered Options\n\n- Orchestrated saga\n- 2PC\n")
                .contains("\n## Decision Outcome\n\nChosen option: \"Orchestrated saga\", because steps 0 and 1 agree on it"
                        + "\n\nUse an orchestrated saga with an outbox\n")
                .contains("\n### Consequences\n\n- compensations must be idempotent\n- Good, because visible flow\n"
                        + "- Bad, because an orchestrator to run\n")
                .contains("\n## Pros and Cons of the Options\n\n### Orchestrated saga\n")
                .contains("### 2PC\n\n- Good, because atomic\n- Bad, because blocks on coordinator failure\n")
                .contains("\n## Open Assumptions\n\n- the payment provider accepts idempotency keys (answers 0)\n")
                .contains("\n## Contradictions to Resolve\n\n- high: answer 0 says \"payments are captured at once\"")
                .contains("- Session: `/api/sessions/" + id + "`")
                .contains("- Template `saga-design`, content hash `" + hash + "`");
    }

    @Test
    void a_session_without_a_conforming_ledger_has_no_adr() {
        String id = given().contentType(ContentType.JSON).body(Map.of("template", "saga-design", "parameters",
                        given().get("/api/templates/saga-design").then().extract().path("example"), "followUps", false))
                .when().post("/api/briefs").then().statusCode(202).extract().path("sessionId");
        awaitDone(id);

        given().queryParam("format", "adr").get("/api/sessions/" + id + "/report").then().statusCode(400)
                .body("type", equalTo("/problems/unsupported-format"))
                .body("detail", org.hamcrest.Matchers.containsString("consistency ledger"));
    }

    @Test
    void a_non_conforming_ledger_is_corrected_once_in_the_same_session() {
        answer(1, "Your consistency ledger does not conform", LEDGER);
        answer(2, LedgerInstruction.FORMAT_SENTENCE, "{\"decision\": \"saga\"}");

        String id = brief();

        JsonPath session = given().get("/api/sessions/" + id).then().extract().jsonPath();
        assertThat(session.getList("steps.kind")).containsExactly("BRIEF", "LEDGER", "CORRECTION");
        assertThat(session.getString("steps[2].question")).contains("does not conform to the required format")
                .contains("$.decision: string found, object expected");
        assertThat(session.getString("ledger.status")).isEqualTo("conforming");
        assertThat(session.getInt("ledger.step")).isEqualTo(2);
        assertThat(session.getString("status")).isEqualTo("done");
    }

    @Test
    void a_ledger_that_fails_the_schema_twice_is_reported_invalid_with_its_problems() {
        answer(1, "Your consistency ledger does not conform", "Sorry, here it is: {}");
        answer(2, LedgerInstruction.FORMAT_SENTENCE, "not JSON at all");

        String id = brief();

        JsonPath session = given().get("/api/sessions/" + id).then().extract().jsonPath();
        assertThat(session.getList("steps.kind")).containsExactly("BRIEF", "LEDGER", "CORRECTION");
        assertThat(session.getList("steps.status")).containsOnly("DONE");
        assertThat(session.getString("ledger.status")).isEqualTo("invalid");
        assertThat(session.getList("ledger.problems", String.class)).singleElement().asString()
                .startsWith("the reply is not JSON");
        assertThat(report(id, "markdown")).contains("did not match the ledger schema after one correction:\n\n"
                + "- the reply is not JSON");
    }

    @Test
    void consistency_false_or_the_configured_default_leaves_the_ledger_out() {
        String id = given().contentType(ContentType.JSON).body(Map.of("template", "saga-design", "parameters",
                        given().get("/api/templates/saga-design").then().extract().path("example"), "followUps", false))
                .when().post("/api/briefs").then().statusCode(202).extract().path("sessionId");
        awaitDone(id);

        JsonPath session = given().get("/api/sessions/" + id).then().extract().jsonPath();
        assertThat(session.getList("steps.kind")).containsExactly("BRIEF");
        assertThat(session.getString("ledger")).isNull();
        assertThat(report(id, "markdown")).doesNotContain("## Consistency ledger");
    }

    private String brief() {
        String id = given().contentType(ContentType.JSON).body(Map.of("template", "saga-design", "parameters",
                        given().get("/api/templates/saga-design").then().extract().path("example"), "followUps", false,
                        "consistency", true))
                .when().post("/api/briefs").then().statusCode(202).extract().path("sessionId");
        awaitDone(id);
        return id;
    }

    private static void awaitDone(String id) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/sessions/" + id).then().body("status", equalTo("done")));
    }

    private static String report(String id, String format) {
        return given().queryParam("format", format).get("/api/sessions/" + id + "/report").then().statusCode(200)
                .extract().asString();
    }

    /** The LLM answers {@code content} to requests whose body contains {@code marker} (any request when null). */
    private void answer(int priority, String marker, String content) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode body = json.createObjectNode().put("id", "chatcmpl-ledger").put("object", "chat.completion")
                .put("created", 1735689600).put("model", "gpt-4o-mini");
        body.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop")
                .putObject("message").put("role", "assistant").put("content", content);
        body.putObject("usage").put("prompt_tokens", 100).put("completion_tokens", 20).put("total_tokens", 120);
        var request = post(urlEqualTo(WireMockLlm.CHAT_PATH));
        if (marker != null) {
            request = request.withRequestBody(containing(marker));
        }
        llm.stubFor(request.atPriority(priority).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(body.toString())));
    }
}
