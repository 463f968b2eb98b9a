package dev.designassistant.report;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.designassistant.llm.Fixtures;
import dev.designassistant.llm.InjectWireMock;
import dev.designassistant.llm.WireMockLlm;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(value = WireMockLlm.class, restrictToAnnotatedClass = true)
class ReportResourceTest {

    private static final Pattern EVENT_HANDLER = Pattern.compile("<[^>]*\\son\\w+\\s*=", Pattern.CASE_INSENSITIVE);

    @InjectWireMock
    WireMockServer llm;

    private String sessionId;
    private List<String> followUps;
    private String templateHash;

    @BeforeEach
    void a_design_brief_whose_seven_answers_carry_markup() {
        llm.resetAll();
        llm.stubFor(post(urlEqualTo(WireMockLlm.CHAT_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(Fixtures.resource("report/answer-with-markup.json"))));
        Map<?, ?> examples = given().get("/api/templates/design-brief").then().extract().path("example");
        sessionId = given().contentType(ContentType.JSON).body(Map.of("template", "design-brief", "parameters", examples))
                .when().post("/api/briefs").then().statusCode(202).extract().path("sessionId");
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                given().get("/api/sessions/" + sessionId).then().body("status", equalTo("done")));
        JsonPath session = given().get("/api/sessions/" + sessionId).then().extract().jsonPath();
        followUps = session.getList("steps.question", String.class).subList(1, 7);
        templateHash = session.getString("templateHash");
    }

    @Test
    void should_render_markdown_with_parameters_every_follow_up_in_order_and_token_totals() {
        String md = given().queryParam("format", "markdown").get("/api/sessions/" + sessionId + "/report")
                .then().statusCode(200).contentType(startsWith("text/markdown")).extract().asString();

        assertThat(md).startsWith("# Design review: ")
                .contains("| Template | `design-brief` (section example)")
                .contains("| Template content hash | `" + templateHash + "` |")
                .contains("| Tokens | 700 in, 175 out")
                .contains("| Parameter | Value |")
                .contains("| System (`system`) | ")
                .contains("| Challenges (`challenges`) | ")
                .contains("## Design answer")
                .contains("model default (gpt-4o-mini-2024-07-18) · finish reason stop · 100 tokens in, 25 out");
        assertInOrder(md, followUps.stream().map(q -> ": " + q.lines().findFirst().orElseThrow()).toList());
        for (int i = 1; i <= 6; i++) {
            assertThat(md).contains("## Follow-up " + i + ": ");
        }
    }

    @Test
    void should_render_standalone_html_without_any_script_or_raw_html_from_the_llm() {
        String html = given().accept("text/html").get("/api/sessions/" + sessionId + "/report")
                .then().statusCode(200).contentType(startsWith("text/html")).extract().asString();

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>")
                .contains("<th>Tokens</th><td>700 in, 175 out")
                .contains("<td>System (<code>system</code>)</td>")
                .contains("<td>Reserve stock</td>")
                .contains("<pre><code class=\"language-java\">orders.save(order);")
                .contains("&lt;script&gt;alert"); // shown as text, never run
        assertThat(html.toLowerCase()).doesNotContain("<script").doesNotContain("<div onclick")
                .doesNotContain("<img").doesNotContain("href=\"javascript");
        assertThat(EVENT_HANDLER.matcher(html).find()).as("no element carries an event handler").isFalse();
        assertInOrder(html, followUps.stream().map(q -> escaped(q.lines().findFirst().orElseThrow())).toList());
    }

    @Test
    void should_render_json_with_every_exchange_and_the_usage() {
        JsonPath report = given().accept(ContentType.JSON).get("/api/sessions/" + sessionId + "/report")
                .then().statusCode(200).contentType(startsWith("application/json")).extract().jsonPath();

        assertThat(report.getString("template.id")).isEqualTo("design-brief");
        assertThat(report.getString("template.contentHash")).isEqualTo(templateHash);
        assertThat(report.getString("createdAt")).isNotBlank();
        assertThat(report.getList("parameters.name")).contains("system", "goal", "context", "challenges");
        assertThat(report.getList("exchanges.heading")).containsExactly("Design answer", "Follow-up 1", "Follow-up 2",
                "Follow-up 3", "Follow-up 4", "Follow-up 5", "Follow-up 6");
        assertThat(report.getList("exchanges.question", String.class).subList(1, 7)).isEqualTo(followUps);
        assertThat(report.getList("exchanges.inputTokens", Integer.class)).containsOnly(100);
        assertThat(report.getLong("usage.inputTokens")).isEqualTo(700);
        assertThat(report.getLong("usage.outputTokens")).isEqualTo(175);
    }

    @Test
    void should_let_the_format_parameter_win_over_accept() {
        given().accept("text/html").queryParam("format", "json").get("/api/sessions/" + sessionId + "/report")
                .then().statusCode(200).contentType(startsWith("application/json"));
        given().accept("*/*").get("/api/sessions/" + sessionId + "/report")
                .then().statusCode(200).contentType(startsWith("text/markdown"));
    }

    @Test
    void rejects_unknown_formats_unknown_sessions_and_sarif_of_a_brief() {
        given().queryParam("format", "pdf").get("/api/sessions/" + sessionId + "/report")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/unsupported-format"));
        given().accept("image/png").get("/api/sessions/" + sessionId + "/report")
                .then().statusCode(406).contentType("application/problem+json");
        given().queryParam("format", "sarif").get("/api/sessions/" + sessionId + "/report")
                .then().statusCode(400).body("type", equalTo("/problems/unsupported-format"));
        given().get("/api/sessions/nope/report").then().statusCode(404)
                .body("type", equalTo("/problems/unknown-session"));
    }

    /** The text as Qute's HTML escaping writes it. */
    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static void assertInOrder(String text, List<String> parts) {
        int from = 0;
        for (String part : parts) {
            int at = text.indexOf(part, from);
            assertThat(at).as("'%s' after position %d", part, from).isGreaterThanOrEqualTo(0);
            from = at + part.length();
        }
    }
}
