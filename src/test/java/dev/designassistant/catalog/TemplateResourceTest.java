package dev.designassistant.catalog;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class TemplateResourceTest {

    @Test
    void lists_all_29_templates_in_library_order() {
        given().when().get("/api/templates")
                .then().statusCode(200)
                .body("$", hasSize(29))
                .body("[0].id", equalTo("pattern-selection"))
                .body("[0].section", equalTo("1.1"))
                .body("id", hasItems("saga-design", "split-brain-analysis", "circuit-breaker-review",
                        "temporal-workflow", "kafka-consumer", "redis-pattern", "design-brief"))
                .body("[28].id", equalTo("design-brief"));
    }

    @Test
    void filters_the_listing_by_category() {
        given().queryParam("category", "code-review").when().get("/api/templates")
                .then().statusCode(200)
                .body("id", equalTo(java.util.List.of("pattern-code-review", "saga-code-review", "circuit-breaker-review")))
                .body("category", everyItem(equalTo("code-review")));
    }

    @Test
    void shows_a_templates_schema_examples_and_follow_ups() {
        given().when().get("/api/templates/pattern-selection")
                .then().statusCode(200)
                .body("title", equalTo("General Pattern Selection"))
                .body("parameters.find { it.name == 'transactionType' }.type", equalTo("enum"))
                .body("parameters.find { it.name == 'transactionType' }.values",
                        equalTo(java.util.List.of("long-running", "short", "mixed")))
                .body("example.serviceCount", equalTo(4))
                .body("followUps.id", equalTo(java.util.List.of("specific-failure", "scale-10x", "monitoring",
                        "testing", "migration", "runbooks")))
                .body("contentHash", startsWith("sha256:"));
    }

    @Test
    void answers_404_problem_for_an_unknown_template() {
        given().when().get("/api/templates/no-such-template")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/unknown-template"))
                .body("status", equalTo(404))
                .body("detail", equalTo("No template has the id 'no-such-template'"));
    }

    @Test
    void serves_a_templates_parameter_schema_as_schema_json() {
        given().when().get("/api/templates/pattern-selection/schema")
                .then().statusCode(200)
                .contentType("application/schema+json")
                .body("$schema", equalTo("https://json-schema.org/draft/2020-12/schema"))
                .body("$id", equalTo("urn:design-assistant:template:pattern-selection"))
                .body("required", hasItems("serviceCount", "keyOperations"))
                .body("properties.transactionType.enum", equalTo(java.util.List.of("long-running", "short", "mixed")))
                .body("examples[0].serviceCount", equalTo(4));
    }

    @Test
    void serves_the_schema_as_plain_json_when_asked_for_json() {
        given().accept("application/json").when().get("/api/templates/saga-design/schema")
                .then().statusCode(200)
                .contentType("application/json")
                .body("title", equalTo("Complete Saga Design"));
    }

    @Test
    void answers_404_problem_for_the_schema_of_an_unknown_template() {
        given().accept("application/schema+json").when().get("/api/templates/no-such-template/schema")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/unknown-template"));
    }
}
