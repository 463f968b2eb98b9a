package dev.designassistant.brief;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** The library's "Best Practices": warnings name what a brief leaves out, and never block rendering. */
@QuarkusTest
class LintTest {

    @Test
    void warns_about_a_placeholder_left_in_and_everything_the_brief_leaves_out() {
        Map<String, Object> vague = Map.of(
                "serviceCount", 3,
                "transactionType", "short",
                "consistency", "strong",
                "availabilitySla", "99.9%",
                "expectedLoad", "[TPS]",
                "keyOperations", List.of("create an account", "send a welcome e-mail"));

        given().contentType(ContentType.JSON).body(Map.of("parameters", vague))
                .when().post("/api/templates/pattern-selection/render")
                .then().statusCode(200)
                .body("warnings.code", equalTo(List.of("placeholder-left", "no-scale", "no-failure-scenarios",
                        "no-technology-stack")))
                .body("warnings[0].parameter", equalTo("expectedLoad"))
                .body("warnings[1].message", equalTo("no scale or load figure (e.g. 2,000 TPS): "
                        + "don't ignore scale and performance requirements"));
    }

    @Test
    void warns_about_a_missing_consistency_requirement_only_where_the_template_asks_for_it() {
        Map<String, Object> brief = Map.of(
                "system", "a ledger service",
                "goal", "help with event sourcing",
                "context", List.of("~2,000 writes/second", "PostgreSQL and Kafka"),
                "currentFlow", List.of("API receives a transfer", "ledger appends two entries"),
                "challenges", List.of("a crash between the two appends fails the transfer"),
                "questions", List.of("How do we rebuild projections?"),
                "deliverables", List.of("Aggregate design"));

        given().contentType(ContentType.JSON).body(Map.of("parameters", brief))
                .when().post("/api/templates/design-brief/render")
                .then().statusCode(200)
                .body("warnings.code", equalTo(List.of("no-consistency")));
    }
}
