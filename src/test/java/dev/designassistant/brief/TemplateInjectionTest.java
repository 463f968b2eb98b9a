package dev.designassistant.brief;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** User values are data: Qute syntax in a value is printed as it is, never evaluated. */
@QuarkusTest
class TemplateInjectionTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "{config:['assistant.llm.api-key']}",
            "{#for x in y}{x}{/for}",
            "{inject:foo}",
            "{serviceCount}",
            "{#include other /}",
            "\\{escaped}"})
    void renders_template_syntax_in_a_value_literally(String hostile) {
        Map<String, Object> parameters = new HashMap<>(Map.of(
                "serviceCount", 4,
                "transactionType", "mixed",
                "consistency", "eventual",
                "availabilitySla", hostile,
                "expectedLoad", "1,500 TPS",
                "keyOperations", List.of(hostile)));

        given().contentType(ContentType.JSON).body(Map.of("parameters", parameters))
                .when().post("/api/templates/pattern-selection/render")
                .then().statusCode(200)
                .body("prompt", containsString("- Availability SLA: " + hostile + "\n"))
                .body("prompt", containsString("- Key operations: " + hostile + "\n"))
                .body("prompt", not(containsString("- 4 services involved\n- Transaction type: mixed\n- Consistency"
                        + " requirement: eventual\n- Availability SLA: 4")));
    }
}
