package dev.designassistant.eval;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * The whole shipped suite on the built-in demo model, over HTTP as a user runs it: every case answered, and the
 * review figures exactly those worked out by hand from the demo's two line rules (an empty catch / a discarded Go
 * error, and a retry sleeping a fixed number) against the planted defects; where no rule fires the demo's two
 * placeholder findings (lines 1 and 2) are false positives, and the major one fails each clean case.
 */
@QuarkusTest
class DemoModelEvalTest {

    @Test
    void the_whole_suite_runs_on_the_demo_model_with_the_figures_worked_out_by_hand() {
        String id = given().contentType(ContentType.JSON).body(Map.of()).post("/api/evals")
                .then().statusCode(202).header("Location", startsWith("http"))
                .body("status", equalTo("running")).body("total", equalTo(82)).extract().path("id");

        await().atMost(Duration.ofMinutes(3)).until(() -> !"running".equals(
                given().get("/api/evals/" + id).then().statusCode(200).extract().path("status")));
        EvalRun run = given().get("/api/evals/" + id).then().statusCode(200).extract().as(EvalRun.class);

        assertThat(run.status()).isEqualTo(EvalRun.FINISHED);
        assertThat(run.done()).isEqualTo(82);
        assertThat(run.cases()).noneSatisfy(c -> assertThat(c.reason()).startsWith("error"));
        assertThat(run.cases()).noneSatisfy(c -> assertThat(c.reason()).contains("did not fire"));
        // saga: 19 planted, 5 found by the rules; 5 hits + 4 cases × 2 placeholders + 3 clean × 2 = 19 findings
        assertScore(run, "saga-code-review", 19, 5, 19, 6);
        // circuit breaker: 19 planted, 3 found; 3 + 6 × 2 + 3 × 2 = 21 findings
        assertScore(run, "circuit-breaker-review", 19, 3, 21, 6);
        // pattern: 21 planted, 2 found; 2 + 7 × 2 + 3 × 2 = 22 findings
        assertScore(run, "pattern-code-review", 21, 2, 22, 6);
        Score all = run.overall("default").orElseThrow();
        assertThat(all.cases()).isEqualTo(82);
        assertThat(all.planted()).isEqualTo(59);
        assertThat(all.found()).isEqualTo(10);
        assertThat(all.recall()).isEqualTo(10.0 / 59);
        assertThat(all.precision()).isEqualTo(10.0 / 62);
        assertThat(all.cleanCases()).isEqualTo(9);
        assertThat(all.cleanFalsePositives()).isEqualTo(9); // one major placeholder on each clean case
        assertThat(all.schemaFirst()).isEqualTo(1.0); // every review and ledger answer conformed at once
        assertThat(all.inputTokens()).isPositive();
        assertThat(all.cost()).isNull(); // the demo model has no price

        given().get("/api/evals/" + id + "/scorecard").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("| default | "));
        given().get("/api/evals/" + id + "/chart").then().statusCode(200).contentType(startsWith("image/svg+xml"));
        given().get("/api/evals/" + id + "/junit").then().statusCode(200)
                .body("testsuites.@tests", equalTo("82"));
    }

    @Test
    void an_unknown_run_is_a_404_problem_and_a_bad_request_names_every_problem() {
        given().get("/api/evals/nope").then().statusCode(404).contentType(startsWith("application/problem+json"))
                .body("type", equalTo("/problems/unknown-eval-run"));
        given().contentType(ContentType.JSON).body(Map.of("repeat", 0, "models", List.of("gpt-nope"), "suites", List.of("x")))
                .post("/api/evals").then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.parameter", equalTo(List.of("repeat", "models")));
    }

    private static void assertScore(EvalRun run, String suite, int planted, int found, int findings, int cleanFp) {
        Score s = run.scores().stream().filter(x -> x.suite().equals(suite)).findFirst().orElseThrow();
        assertThat(s.cases()).as(suite).isEqualTo(12);
        assertThat(s.planted()).as(suite).isEqualTo(planted);
        assertThat(s.found()).as(suite).isEqualTo(found);
        assertThat(s.findings()).as(suite).isEqualTo(findings);
        assertThat(s.precision()).as(suite).isEqualTo((double) found / findings);
        assertThat(s.cleanFalsePositives()).as(suite).isEqualTo(cleanFp / 2);
        assertThat(s.passed()).as(suite).isZero(); // every defective case plants two or more; each clean one gets a major
    }
}
