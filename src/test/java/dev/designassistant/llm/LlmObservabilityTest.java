package dev.designassistant.llm;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Metrics at /q/metrics and readiness at /q/health/ready after briefs answered by the demo model. */
@QuarkusTest
@TestProfile(LlmTestProfiles.Demo.class)
class LlmObservabilityTest {

    @Test
    void counts_calls_latency_and_tokens_per_model_and_template() {
        // given a brief answered by the demo model
        Fixtures.postAndWait(Map.of("template", "llm-brief", "parameters", Map.of("operation", "payments", "sla", "2 s")))
                .then().statusCode(200);

        // when the metrics are scraped
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();

        // then calls, latency and tokens in and out are there, tagged by model and template
        assertThat(metrics).containsPattern(
                "assistant_llm_calls_total\\{[^}]*model=\"default\"[^}]*outcome=\"success\"[^}]*template=\"llm-brief\"");
        assertThat(metrics).containsPattern("assistant_llm_latency_seconds_count\\{[^}]*model=\"default\"");
        assertThat(metrics).containsPattern(
                "assistant_llm_tokens_total\\{direction=\"in\",[^}]*model=\"default\",[^}]*template=\"llm-brief\",?} [1-9]");
        assertThat(metrics).containsPattern(
                "assistant_llm_tokens_total\\{direction=\"out\",[^}]*model=\"default\",[^}]*template=\"llm-brief\",?} [1-9]");
        // and Resilience4j's breaker state, retry and bulkhead meters, per model
        assertThat(metrics).containsPattern("resilience4j_circuitbreaker_state\\{[^}]*name=\"default\"[^}]*state=\"closed\",?} 1");
        assertThat(metrics).containsPattern("resilience4j_circuitbreaker_state\\{[^}]*name=\"second\"");
        assertThat(metrics).contains("resilience4j_retry_calls_total");
        assertThat(metrics).contains("resilience4j_bulkhead_available_concurrent_calls");
    }

    @Test
    void readiness_reports_each_models_breaker_state() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'llm' }.data.default", equalTo("CLOSED"))
                .body("checks.find { it.name == 'llm' }.data.second", equalTo("CLOSED"))
                .body("checks.find { it.name == 'llm' }.data.available", equalTo(true));
    }

    @Test
    void demo_endpoint_speaks_the_openai_chat_completions_format() {
        // given an OpenAI-style request with a system and a user message
        Map<String, Object> request = Map.of("model", "anything", "messages", List.of(
                Map.of("role", "system", "content", "Be brief."),
                Map.of("role", "user", "content", "Compare Saga and 2PC.\n\nProvide:\n1. A recommendation\n2. Risks")));

        // when it is posted to the demo endpoint, then it answers like an OpenAI-compatible server
        given().contentType(ContentType.JSON).body(request).when().post("/demo-llm/v1/chat/completions")
                .then().statusCode(200)
                .body("object", equalTo("chat.completion"))
                .body("model", equalTo("design-assistant-demo"))
                .body("choices[0].message.role", equalTo("assistant"))
                .body("choices[0].message.content", org.hamcrest.Matchers.containsString("### 2. Risks"))
                .body("usage.total_tokens", org.hamcrest.Matchers.greaterThan(0));
    }
}
