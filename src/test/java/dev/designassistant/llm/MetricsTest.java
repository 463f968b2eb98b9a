package dev.designassistant.llm;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * {@code /q/metrics}: the LLM latency as a histogram with buckets from 50 ms to 120 s, and content negotiation that
 * gives the Prometheus text format or OpenMetrics as asked. The scrapes are written to {@code target/contract/},
 * where {@code .ci/check-contract} has {@code promtool check metrics} and an OpenMetrics parser read them.
 */
@QuarkusTest
class MetricsTest {

    private static final String PROMETHEUS_SCRAPER = "application/openmetrics-text;version=1.0.0,"
            + "application/openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1";

    @Test
    void the_llm_latency_is_a_histogram_per_model_template_and_outcome() throws Exception {
        aBrief();

        String text = given().accept("*/*").get("/q/metrics")
                .then().statusCode(200).contentType(equalTo("text/plain; version=0.0.4; charset=utf-8"))
                .extract().asString();

        String series = "assistant_llm_latency_seconds_bucket{model=\"default\",outcome=\"success\",template=\"saga-design\",";
        assertThat(text).contains("# TYPE assistant_llm_latency_seconds histogram")
                .contains(series + "le=\"0.05\",}")
                .contains(series + "le=\"1.0\",}")
                .contains(series + "le=\"120.0\",}")
                .contains(series + "le=\"+Inf\",}");
        write("metrics.prom", text);
    }

    @Test
    void a_prometheus_scraper_gets_openmetrics_and_curl_gets_the_text_format() throws Exception {
        aBrief();
        String openMetrics = given().accept(PROMETHEUS_SCRAPER).get("/q/metrics")
                .then().statusCode(200)
                .contentType(equalTo("application/openmetrics-text; version=1.0.0; charset=utf-8"))
                .extract().asString();
        assertThat(openMetrics).endsWith("# EOF\n");
        write("metrics.openmetrics", openMetrics);

        given().accept("application/openmetrics-text").get("/q/metrics").then().statusCode(200)
                .contentType(equalTo("application/openmetrics-text; version=1.0.0; charset=utf-8"));
        given().accept("text/plain").get("/q/metrics").then().statusCode(200)
                .contentType(equalTo("text/plain; version=0.0.4; charset=utf-8"));
        given().get("/q/metrics").then().statusCode(200)
                .contentType(equalTo("text/plain; version=0.0.4; charset=utf-8"));
    }

    @Test
    void a_format_it_cannot_give_is_a_406_naming_both() {
        given().accept("application/json").get("/q/metrics").then().statusCode(406)
                .contentType("application/problem+json")
                .body("detail", equalTo("metrics come as text/plain (Prometheus text format 0.0.4) or "
                        + "application/openmetrics-text (1.0.0)"));
    }

    /** A brief answered by the demo model, so that the LLM meters exist. */
    private static void aBrief() {
        given().contentType(ContentType.JSON).header("Prefer", "wait=20")
                .body(Map.of("template", "saga-design", "parameters", examples("saga-design"), "followUps", false))
                .post("/api/briefs").then().statusCode(200);
    }

    private static Map<?, ?> examples(String template) {
        return given().get("/api/templates/" + template).then().extract().path("example");
    }

    private static void write(String name, String scrape) throws Exception {
        Path file = Path.of("target", "contract", name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, scrape);
    }
}
