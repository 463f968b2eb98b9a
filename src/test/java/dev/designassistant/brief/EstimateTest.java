package dev.designassistant.brief;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;

/**
 * Estimates before a brief runs, on the demo model (whose answer length is configured) with prices: the whole
 * chain's input tokens come within 15 % of what the chain then reports, for every template's example; the money is
 * the tokens at the prices; the ledger follows the same rule as the brief; nothing is stored or asked.
 */
@QuarkusTest
@TestProfile(EstimateTest.DemoWithPrices.class)
class EstimateTest {

    /** The demo model with prices and its answer length; the ledger on, as in production. */
    public static class DemoWithPrices implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("assistant.ledger.enabled", "true",
                    "assistant.llm.expected-output-tokens", String.valueOf(DEMO_ANSWER_TOKENS),
                    "assistant.llm.price.input-per-million", "0.15",
                    "assistant.llm.price.output-per-million", "0.60",
                    // an OpenAI model id on a server never called: estimates count its prompts with o200k_base
                    "assistant.llm.models.gpt4o.base-url", "http://127.0.0.1:9/v1",
                    "assistant.llm.models.gpt4o.model", "gpt-4o-2024-08-06");
        }
    }

    /** About how long the demo model's answers are (its outline of what the prompt asks). */
    static final int DEMO_ANSWER_TOKENS = 150;

    @Test
    void every_templates_example_is_estimated_within_15_percent_of_the_input_tokens_its_chain_reports() {
        List<String> ids = given().get("/api/templates").then().statusCode(200).extract().path("id");
        assertThat(ids).hasSize(29);
        List<String> outside = new ArrayList<>();
        for (String id : ids) {
            Map<String, Object> brief = Map.of("template", id, "parameters", example(id));
            JsonPath estimate = post("/api/briefs/estimate", brief).then().statusCode(200).extract().jsonPath();
            JsonPath answered = given().contentType(ContentType.JSON).header("Prefer", "wait=60").body(brief)
                    .post("/api/briefs").then().statusCode(200).extract().jsonPath();
            long estimated = estimate.getLong("inputTokens");
            long reported = answered.getLong("usage.inputTokens");
            double error = Math.abs(estimated - reported) / (double) reported;
            System.out.printf("estimate %-32s calls %d/%d input %6d reported %6d (%+.1f %%) output %d reported %d%n",
                    id, estimate.getInt("calls"), answered.getList("messages").size() / 2, estimated, reported,
                    100.0 * (estimated - reported) / reported, estimate.getLong("outputTokens"),
                    answered.getLong("usage.outputTokens"));
            assertThat(estimate.getInt("calls")).as(id).isEqualTo(answered.getList("messages").size() / 2);
            if (error > 0.15) {
                outside.add(id + String.format(" (%+.1f %%)", 100.0 * (estimated - reported) / reported));
            }
        }
        assertThat(outside).as("templates whose estimate is more than 15 % off").isEmpty();
    }

    @Test
    void the_cost_is_the_tokens_at_the_configured_prices() {
        JsonPath estimate = post("/api/briefs/estimate", Map.of("template", "saga-design",
                "parameters", example("saga-design"))).then().statusCode(200).extract().jsonPath();

        long in = estimate.getLong("inputTokens");
        long out = estimate.getLong("outputTokens");
        assertThat(estimate.getDouble("cost.input")).isCloseTo(in * 0.15 / 1_000_000, within(1e-7));
        assertThat(estimate.getDouble("cost.output")).isCloseTo(out * 0.60 / 1_000_000, within(1e-7));
        assertThat(estimate.getDouble("cost.total")).isCloseTo(in * 0.15 / 1_000_000 + out * 0.60 / 1_000_000,
                within(1e-7));
        assertThat(estimate.getString("tokenizer")).isEqualTo("approximate"); // the demo model counts that way
        assertThat(estimate.getLong("outputTokens")).isEqualTo((long) DEMO_ANSWER_TOKENS * estimate.getInt("calls"));
    }

    @Test
    void an_openai_model_id_is_counted_with_its_own_tokenizer() {
        JsonPath estimate = post("/api/briefs/estimate", Map.of("template", "saga-design", "model", "gpt4o",
                "followUps", false, "parameters", example("saga-design"))).then().statusCode(200).extract().jsonPath();
        String prompt = post("/api/templates/saga-design/render", Map.of("parameters", example("saga-design")))
                .then().statusCode(200).extract().path("prompt");

        assertThat(estimate.getString("tokenizer")).isEqualTo("o200k_base");
        int tokens = com.knuddels.jtokkit.Encodings.newDefaultEncodingRegistry()
                .getEncoding(com.knuddels.jtokkit.api.EncodingType.O200K_BASE).countTokensOrdinary(prompt);
        assertThat(estimate.getInt("promptTokens")).isEqualTo(tokens);
        // one call: the prompt as one message in OpenAI's chat format (3 tokens around it, 3 priming the reply)
        assertThat(estimate.getInt("steps[0].inputTokens")).isEqualTo(tokens + 6);
    }

    @Test
    void the_ledger_in_the_estimate_follows_the_chain() {
        Map<String, Object> single = new HashMap<>(Map.of("template", "saga-design", "parameters",
                example("saga-design"), "followUps", false));
        post("/api/briefs/estimate", single).then().statusCode(200).body("calls", equalTo(1));
        single.put("consistency", true);
        post("/api/briefs/estimate", single).then().statusCode(200).body("calls", equalTo(2))
                .body("steps[1].kind", equalTo("LEDGER"));
        post("/api/briefs/estimate", Map.of("template", "saga-design", "parameters", example("saga-design")))
                .then().statusCode(200).body("calls", equalTo(8)).body("steps[7].kind", equalTo("LEDGER"));
    }

    @Test
    void a_review_is_estimated_as_its_one_call_and_a_bad_brief_as_its_problems() {
        post("/api/reviews/estimate", Map.of("template", "pattern-code-review",
                "parameters", example("pattern-code-review"))).then().statusCode(200)
                .body("calls", equalTo(1)).body("steps[0].kind", equalTo("BRIEF"));
        post("/api/briefs/estimate", Map.of("template", "saga-design", "parameters", Map.of()))
                .then().statusCode(400).contentType("application/problem+json");
        given().get("/api/sessions").then().statusCode(200); // nothing above stored a session it would list
    }

    private static Map<?, ?> example(String template) {
        return given().get("/api/templates/" + template).then().statusCode(200).extract().path("example");
    }

    private static io.restassured.response.Response post(String path, Object body) {
        return given().contentType(ContentType.JSON).body(body).post(path);
    }
}
