package dev.designassistant.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * The served OpenAPI 3.1 document describes the running API: one walk through every operation, each exchange
 * checked against the document by {@link ContractFilter} (as every API test's exchanges are), and the document's
 * own promises (operation ids, summaries, the bearer scheme, problem+json on every error, the catalog's schemas).
 */
@QuarkusTest
class OpenApiContractTest {

    private final Set<String> called = new TreeSet<>();

    @jakarta.inject.Inject
    dev.designassistant.api.Routes routes;

    @Test
    void every_operation_of_the_document_answers_as_the_document_says() {
        assertThat(RestAssured.filters()).anyMatch(ContractFilter.class::isInstance);
        Map<?, ?> example = call("listTemplates", given().get("/api/templates"), 200).then().extract().path("[0]");
        assertThat(example).isNotNull();
        Map<?, ?> parameters = call("getTemplate", given().get("/api/templates/saga-design"), 200)
                .then().extract().path("example");
        call("getTemplateSchema", given().get("/api/templates/saga-design/schema"), 200);
        call("renderTemplate", given().contentType(ContentType.JSON).body(Map.of("parameters", parameters))
                .post("/api/templates/saga-design/render"), 200);

        Map<String, Object> brief = Map.of("template", "saga-design", "parameters", parameters, "followUps", false);
        call("estimateBrief", given().contentType(ContentType.JSON).body(brief).post("/api/briefs/estimate"), 200);
        String waited = call("submitBrief", given().contentType(ContentType.JSON).header("Prefer", "wait=20")
                .body(brief).post("/api/briefs"), 200).then().extract().path("sessionId");
        String session = call("submitBrief", given().contentType(ContentType.JSON).header("Idempotency-Key", "contract-1")
                .body(Map.of("template", "saga-design", "parameters", parameters, "followUps", List.of("monitoring")))
                .post("/api/briefs"), 202).then().extract().path("sessionId");
        call("checkSessionEvents", given().head("/api/sessions/" + session + "/events"), 200);
        call("watchSessionEvents", given().get("/api/sessions/" + session + "/events"), 200)
                .then().contentType(startsWith("text/event-stream")).body(containsString("event:chain-done"));
        call("getSession", given().get("/api/sessions/" + session), 200).then().body("status", equalTo("done"));
        call("askFollowUp", given().contentType(ContentType.JSON).body(Map.of("content", "How do we version events?"))
                .post("/api/sessions/" + session + "/messages"), 200);
        call("resumeChain", given().post("/api/sessions/" + session + "/chain/resume"), 202);
        for (String format : List.of("markdown", "html", "json")) {
            call("getSessionReport", given().queryParam("format", format).get("/api/sessions/" + session + "/report"), 200);
        }
        call("getSessionReport", given().accept("text/html").get("/api/sessions/" + session + "/report"), 200);

        Map<?, ?> code = given().get("/api/templates/pattern-code-review").then().extract().path("example");
        String review = call("reviewCode", given().contentType(ContentType.JSON)
                .body(Map.of("template", "pattern-code-review", "parameters", code)).post("/api/reviews"), 200)
                .then().extract().path("sessionId");
        call("estimateReview", given().contentType(ContentType.JSON)
                .body(Map.of("template", "pattern-code-review", "parameters", code)).post("/api/reviews/estimate"), 200);
        call("reviewCode", given().contentType(ContentType.JSON).queryParam("format", "sarif")
                .body(Map.of("template", "pattern-code-review", "parameters", code)).post("/api/reviews"), 200);
        call("getSessionReport", given().queryParam("format", "sarif").get("/api/sessions/" + review + "/report"), 200);
        String revision = call("reviseSession", given().contentType(ContentType.JSON)
                .body(Map.of("followUps", false, "parameters", Map.of("businessTransaction", "a hotel booking")))
                .post("/api/sessions/" + session + "/revisions"), 202)
                .then().extract().path("sessionId");
        call("diffSessions", given().queryParam("against", session).get("/api/sessions/" + revision + "/diff"), 200);
        String eval = call("startEval", given().contentType(ContentType.JSON).body(Map.of("suites",
                List.of("briefs-saga"), "cases", List.of("saga-compensation-irreversible"))).post("/api/evals"), 202)
                .then().extract().path("id");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> !"running".equals(
                given().get("/api/evals/" + eval).then().extract().path("status")));
        call("getEval", given().get("/api/evals/" + eval), 200);
        call("listEvals", given().get("/api/evals"), 200);
        call("getEvalScorecard", given().get("/api/evals/" + eval + "/scorecard"), 200);
        call("getEvalChart", given().get("/api/evals/" + eval + "/chart"), 200);
        call("getEvalJunit", given().get("/api/evals/" + eval + "/junit"), 200);
        call("getUsage", given().get("/api/usage"), 200);
        call("listSessions", given().queryParam("size", 5).get("/api/sessions"), 200);
        call("deleteSession", given().delete("/api/sessions/" + waited), 204);

        assertThat(called).isEqualTo(operationIds(ContractFilter.served(RestAssured.baseURI + ":" + RestAssured.port)));
    }

    @Test
    void every_route_of_the_api_is_an_operation_of_the_document() {
        JsonNode paths = ContractFilter.served(RestAssured.baseURI + ":" + RestAssured.port).get("paths");
        List<String> undocumented = routes.all().stream().filter(r -> r.template().startsWith("/api/"))
                .filter(r -> !paths.path(r.template()).has(r.method().toLowerCase()))
                .map(r -> r.method() + " " + r.template()).toList();
        assertThat(undocumented).as("routes missing from META-INF/openapi.yaml").isEmpty();
    }

    @Test
    void errors_are_problems_as_the_document_says() {
        given().get("/api/templates/nope").then().statusCode(404);
        given().get("/api/sessions/nope/report").then().statusCode(404);
        given().contentType(ContentType.JSON).body("{\"template\": \"saga-design\", \"parameters\": {\"x\": 1}}")
                .post("/api/briefs").then().statusCode(400);
        given().contentType("text/plain").body("x").post("/api/reviews").then().statusCode(415);
        given().queryParam("size", 0).get("/api/sessions").then().statusCode(400);
    }

    @Test
    void the_document_is_openapi_3_1_with_a_bearer_scheme_ids_summaries_and_problems() {
        JsonNode document = ContractFilter.served(RestAssured.baseURI + ":" + RestAssured.port);

        assertThat(document.get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(document.at("/components/securitySchemes/apiKey/type").asText()).isEqualTo("http");
        assertThat(document.at("/components/securitySchemes/apiKey/scheme").asText()).isEqualTo("bearer");
        assertThat(document.at("/security/0").has("apiKey")).isTrue();
        List<String> missing = new ArrayList<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            if (!op.getValue().has("responses")) {
                return; // the path item's shared parameters
            }
            String name = op.getKey().toUpperCase() + " " + path.getKey();
            if (!op.getValue().has("operationId") || !op.getValue().has("summary") || !op.getValue().has("description")) {
                missing.add(name + ": operationId, summary and description");
            }
            if (!op.getValue().at("/responses/401").has("$ref")) {
                missing.add(name + ": 401");
            }
        }));
        assertThat(missing).isEmpty();
        document.at("/components/responses").forEach(response -> {
            if (response.has("content")) {
                assertThat(response.at("/content/application~1problem+json/schema/$ref").asText())
                        .isEqualTo("#/components/schemas/Problem");
            }
        });
        assertThat(document.at("/components/schemas/Problem/properties/errors/type").asText()).isEqualTo("array");
        assertThat(document.at("/components/schemas/parameters.saga-design/properties").size()).isPositive();
        assertThat(document.at("/components/schemas/BriefRequest/oneOf").size()).isEqualTo(29);
        assertThat(document.at("/paths/~1api~1briefs/post/requestBody/content/application~1json/examples/saga-design/value/template")
                .asText()).isEqualTo("saga-design");
        assertThat(document.at("/components/schemas/FollowUps/oneOf/0/type").asText()).isEqualTo("boolean");
    }

    @Test
    void swagger_ui_is_served_and_remembers_the_key_it_is_given() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger-ui"));
        given().get("/q/swagger-ui/index.html").then().statusCode(200).body(containsString("persistAuthorization"));
    }

    private Response call(String operationId, Response response, int status) {
        response.then().statusCode(status);
        called.add(operationId);
        return response;
    }

    private static Set<String> operationIds(JsonNode document) {
        Set<String> ids = new TreeSet<>();
        document.get("paths").forEach(path -> path.forEach(op -> {
            if (op.has("operationId")) {
                ids.add(op.get("operationId").asText());
            }
        }));
        return ids;
    }
}
