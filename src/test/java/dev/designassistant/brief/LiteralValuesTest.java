package dev.designassistant.brief;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * The accepted side of the bad-input corpus: Qute syntax and Unicode oddities in every text-bearing parameter type
 * (string, text, list, object-list, code) are data, so they are accepted and rendered exactly as given. (Qute syntax
 * in a number or an enum is a type error; the corpus has those rows.)
 */
@QuarkusTest
class LiteralValuesTest {

    private static final List<String> QUTE = List.of(
            "{config:['assistant.llm.api-key']}", "{config:assistant.llm.api-key}", "{#for x in y}{x}{/for}",
            "{inject:catalog}", "{/}", "{{", "}}", "{|", "{|raw|}", "\\{escaped}", "{#include other /}",
            "{serviceCount}", "{#if true}yes{/if}", "{! comment !}", "{#let a=1}{a}{/let}", "{cdi:bean}");

    private static final List<String> UNICODE = List.of(
            "\u202Eevil right-to-left override", "rocket \uD83D\uDE80 and family \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
            "combining e\u0301 and a\u0308", "zero\u200Bwidth\u200Cjoiners\u200D", "byte order mark \uFEFF inside",
            "tab\tinside", "\u0645\u0631\u062D\u0628\u0627 right-to-left script", "\u4E2D\u6587 and \uD840\uDC00 (plane 2)");

    /** A text-bearing parameter type: the render path and the body with the value in that parameter. */
    private record Slot(String type, String template, Function<String, Map<String, Object>> parameters) {
        @Override
        public String toString() {
            return type;
        }
    }

    private static final List<Slot> SLOTS = List.of(
            new Slot("string", "pattern-selection", v -> patternSelection(v, "place order")),
            new Slot("list", "pattern-selection", v -> patternSelection("99.9%", v)),
            new Slot("text", "split-brain-analysis", v -> Map.of("architecture", v, "leaderElection", "etcd",
                    "replicationMode", "async", "replicationFactor", 3)),
            new Slot("object-list", "saga-design", v -> Map.of("businessTransaction", "order placement",
                    "services", List.of(Map.of("name", "OrderService", "responsibility", v)))),
            new Slot("code", "circuit-breaker-review", v -> Map.of("config", v, "language", "java", "code", v)));

    static Stream<Arguments> values() {
        List<Arguments> cases = new ArrayList<>();
        for (Slot slot : SLOTS) {
            Stream.concat(QUTE.stream(), UNICODE.stream()).forEach(v -> cases.add(Arguments.of(slot, v)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("values")
    void renders_a_value_exactly_as_given(Slot slot, String value) {
        // given a valid brief with the value in a parameter of the slot's type
        Map<String, Object> body = Map.of("parameters", slot.parameters().apply(value));

        // when it is rendered, then it is accepted and the value is in the prompt verbatim
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/templates/" + slot.template() + "/render")
                .then().statusCode(200)
                .body("templateId", equalTo(slot.template()))
                .body("prompt", containsString(value));
    }

    @Test
    void accepts_a_body_that_starts_with_a_utf8_byte_order_mark() {
        // given a valid body with a UTF-8 byte order mark in front
        byte[] json = ("\uFEFF{\"parameters\": " + "{\"serviceCount\": 4, \"transactionType\": \"mixed\", "
                + "\"consistency\": \"eventual\", \"availabilitySla\": \"99.9%\", \"expectedLoad\": \"1,500 TPS\", "
                + "\"keyOperations\": [\"place order\"]}}").getBytes(StandardCharsets.UTF_8);

        // when it is rendered, then the mark is skipped as JSON allows
        given().contentType(ContentType.JSON).body(json)
                .when().post("/api/templates/pattern-selection/render")
                .then().statusCode(200).body("prompt", containsString("Availability SLA: 99.9%"));
    }

    private static Map<String, Object> patternSelection(String sla, String operation) {
        Map<String, Object> p = new HashMap<>();
        p.put("serviceCount", 4);
        p.put("transactionType", "mixed");
        p.put("consistency", "eventual");
        p.put("availabilitySla", sla);
        p.put("expectedLoad", "1,500 TPS");
        p.put("keyOperations", List.of(operation));
        return p;
    }
}
