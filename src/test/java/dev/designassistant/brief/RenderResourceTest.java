package dev.designassistant.brief;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class RenderResourceTest {

    private static final Map<String, Object> VALID = Map.of(
            "serviceCount", 4,
            "transactionType", "mixed",
            "consistency", "eventual",
            "availabilitySla", "99.99%",
            "expectedLoad", "1,500 TPS at peak",
            "keyOperations", List.of("place order in OrderService (PostgreSQL)", "refund the card when shipping fails"));

    @Test
    void renders_a_template_with_valid_parameters() {
        given().contentType(ContentType.JSON).body(Map.of("parameters", VALID))
                .when().post("/api/templates/pattern-selection/render")
                .then().statusCode(200)
                .body("templateId", equalTo("pattern-selection"))
                .body("prompt", containsString("- 4 services involved\n"))
                .body("prompt", containsString("- Key operations: place order in OrderService (PostgreSQL), refund the card when shipping fails\n"))
                .body("prompt", containsString("Compare Saga, 2PC, and TCC for my use case with trade-offs."))
                .body("warnings", empty());
    }

    @Test
    void reports_every_problem_with_the_parameters_at_once() {
        Map<String, Object> bad = Map.of(
                "serviceCount", "four",
                "transactionType", "forever",
                "availabilitySla", 99.99,
                "keyOperations", List.of("ok", 7),
                "colour", "blue");

        given().contentType(ContentType.JSON).body(Map.of("parameters", bad))
                .when().post("/api/templates/pattern-selection/render")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-parameters"))
                .body("errors", equalTo(List.of(
                        error("colour", "is not a parameter of this template; expected one of: serviceCount, "
                                + "transactionType, consistency, availabilitySla, expectedLoad, keyOperations"),
                        error("serviceCount", "must be a number (was a string)"),
                        error("transactionType", "must be one of: long-running, short, mixed (was 'forever')"),
                        error("consistency", "is required"),
                        error("availabilitySla", "must be a string (was a number)"),
                        error("expectedLoad", "is required"),
                        error("keyOperations[1]", "must be a string (was a number)"))));
    }

    @Test
    void rejects_parameters_that_are_not_an_object() {
        given().contentType(ContentType.JSON).body("{\"parameters\": [1, 2]}")
                .when().post("/api/templates/pattern-selection/render")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors", equalTo(List.of(Map.of("message", "must be a JSON object of named values"))));
    }

    @Test
    void answers_malformed_json_with_a_400_problem() {
        given().contentType(ContentType.JSON).body("{\"parameters\": {\"serviceCount\": 4,")
                .when().post("/api/templates/pattern-selection/render")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/malformed-request"))
                .body("detail", containsString("not valid JSON"))
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void names_an_unknown_top_level_field() {
        given().contentType(ContentType.JSON).body("{\"params\": {}}")
                .when().post("/api/templates/pattern-selection/render")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/malformed-request"))
                .body("detail", equalTo("unknown field 'params'; expected one of: parameters"));
    }

    @Test
    void answers_404_for_an_unknown_template() {
        given().contentType(ContentType.JSON).body(Map.of("parameters", VALID))
                .when().post("/api/templates/nope/render")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/unknown-template"));
    }

    private static Map<String, String> error(String parameter, String message) {
        return Map.of("parameter", parameter, "message", message);
    }
}
