package dev.designassistant.api;

import dev.designassistant.chain.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

/** A client's daily token budget across its sessions, and {@code GET /api/usage}. */
@QuarkusTest
@TestProfile(UsageTest.DailyBudget.class)
class UsageTest {

    /** Three clients; each may spend 1 token a day (the first answer spends it). */
    public static class DailyBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return new HashMap<>(Map.of(
                    "assistant.access.enabled", "true",
                    "assistant.access.api-keys", "frank:frank-key,gina:gina-key,hank:hank-key",
                    "assistant.access.daily-token-budget", "1"));
        }
    }

    /** The same on the local PostgreSQL. */
    public static class DailyBudgetOnPostgres extends DailyBudget {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = super.getConfigOverrides();
            config.putAll(new PostgresProfile().getConfigOverrides());
            return config;
        }
    }

    @Test
    void a_client_past_its_daily_token_budget_gets_429_naming_when_it_resets_and_another_client_does_not() {
        waitedBrief("frank-key").then().statusCode(200);

        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1) + "T00:00:00Z";
        waitedBrief("frank-key").then().statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/daily-token-budget-exceeded"))
                .body("detail", containsString("resets at " + tomorrow))
                .header("Retry-After", Integer::parseInt, lessThanOrEqualTo(86_400));
        waitedBrief("gina-key").then().statusCode(200);
    }

    @Test
    void usage_shows_the_callers_own_requests_and_tokens_today_and_this_month_per_model() {
        waitedBrief("hank-key").then().statusCode(200);

        as("hank-key").get("/api/usage").then().statusCode(200)
                .body("client", equalTo("hank"))
                .body("dailyTokenBudget", equalTo(1))
                .body("budgetResetsAt", equalTo(LocalDate.now(ZoneOffset.UTC).plusDays(1) + "T00:00:00Z"))
                .body("today.from", equalTo(LocalDate.now(ZoneOffset.UTC) + "T00:00:00Z"))
                .body("today.requests", greaterThan(0))
                .body("today.tokens", greaterThan(0))
                .body("today.models", hasSize(1))
                .body("today.models[0].requests", greaterThan(0))
                .body("today.models[0].inputTokens", greaterThan(0))
                .body("month.from", equalTo(LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1) + "T00:00:00Z"))
                .body("month.tokens", greaterThan(0));
    }

    private io.restassured.response.Response waitedBrief(String key) {
        Map<String, Object> example = as(key).get("/api/templates/outbox-pattern").then().extract().path("example");
        return as(key).header("Prefer", "wait=20").contentType(ContentType.JSON)
                .body(Map.of("template", "outbox-pattern", "parameters", example, "followUps", false))
                .post("/api/briefs");
    }

    private static RequestSpecification as(String key) {
        return given().header("Authorization", "Bearer " + key);
    }
}
