package dev.designassistant.check;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** The design checks travel with the lint warnings: render, brief, session, every report format, and the prompt. */
@QuarkusTest
class DesignChecksApiTest {

    private static final String SECTION = "\n\n## Checks the design must address\n\n";

    @Test
    void render_lists_the_checks_and_appends_them_after_the_library_text_left_intact() throws IOException {
        JsonPath render = render("saga-vs-2pc");

        assertThat(render.getString("checks[0].code")).isEqualTo("latency-budget-below-transaction");
        assertThat(render.getString("checks[0].severity")).isEqualTo("risk");
        assertThat(render.getList("checks[0].parameters")).containsExactly("latencyBudget", "transactionDuration");
        assertThat(render.getString("checks[0].finding"))
                .isEqualTo("The latency budget of 800 ms is below the transaction's shortest duration of 2 s.");
        assertThat(render.getString("checks[0].why")).isNotBlank();
        String library = Files.readString(Path.of("src/test/resources/golden/saga-vs-2pc.txt"));
        assertThat(render.getString("prompt")).startsWith(library + SECTION)
                .endsWith("- [risk] The latency budget of 800 ms is below the transaction's shortest duration of 2 s. "
                        + render.getString("checks[0].why") + "\n");
    }

    @Test
    void a_brief_without_findings_renders_exactly_the_library_text() throws IOException {
        JsonPath render = render("pattern-selection");

        assertThat(render.getList("checks")).isEmpty();
        assertThat(render.getString("prompt")).isEqualTo(Files.readString(Path.of("src/test/resources/golden/pattern-selection.txt")));
    }

    @Test
    void a_brief_session_and_its_reports_carry_the_checks() {
        Map<?, ?> examples = given().get("/api/templates/split-brain-analysis").then().extract().path("example");
        JsonPath accepted = given().contentType(ContentType.JSON)
                .body(Map.of("template", "split-brain-analysis", "parameters", examples, "followUps", false))
                .when().post("/api/briefs").then().statusCode(202).extract().jsonPath();
        String id = accepted.getString("sessionId");
        assertThat(accepted.getList("checks.code")).containsExactly("async-replication-automatic-failover");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/sessions/" + id).then().body("status", equalTo("done")));

        JsonPath session = given().get("/api/sessions/" + id).then().extract().jsonPath();
        assertThat(session.getList("checks.code")).containsExactly("async-replication-automatic-failover");
        assertThat(session.getString("steps[0].question")).contains(SECTION).contains("\n- [risk] Asynchronous replication");

        String md = given().queryParam("format", "markdown").get("/api/sessions/" + id + "/report").asString();
        assertThat(md).contains("## Design checks\n\n- **risk** `async-replication-automatic-failover` "
                + "(`replicationMode`, `leaderElection`): Asynchronous replication with automatic failover");
        String html = given().queryParam("format", "html").get("/api/sessions/" + id + "/report").asString();
        assertThat(html).contains("<h2>Design checks</h2>")
                .contains("<span class=\"sev sev-risk\">risk</span> <code>async-replication-automatic-failover</code>");
        List<String> codes = given().queryParam("format", "json").get("/api/sessions/" + id + "/report")
                .then().extract().jsonPath().getList("checks.code");
        assertThat(codes).containsExactly("async-replication-automatic-failover");
    }

    private static JsonPath render(String template) {
        Map<?, ?> examples = given().get("/api/templates/" + template).then().extract().path("example");
        return given().contentType(ContentType.JSON).body(Map.of("parameters", examples))
                .when().post("/api/templates/" + template + "/render").then().statusCode(200).extract().jsonPath();
    }
}
