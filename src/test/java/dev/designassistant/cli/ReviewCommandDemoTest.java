package dev.designassistant.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CI command against the built-in demo model, in this process as the README runs it and over HTTP with
 * {@code --url}: the demo answers a review with one major and one minor finding, so --fail-on decides the exit code.
 */
@QuarkusTest
class ReviewCommandDemoTest {

    private static final String EXAMPLE = "examples/InventoryLock.java";

    @Inject
    InProcessReviewer reviewer;

    @TestHTTPResource("/")
    URI service;

    @TempDir
    Path dir;

    @Test
    void should_exit_1_with_a_demo_finding_at_the_threshold_and_write_sarif() throws Exception {
        Path sarif = dir.resolve("review.sarif");

        int code = run("--fail-on", "major", "--format", "sarif", "--output", sarif.toString());

        assertThat(code).isEqualTo(1);
        JsonNode log = new ObjectMapper().readTree(sarif.toFile());
        assertThat(log.at("/runs/0/results").findValuesAsText("level")).containsExactly("warning", "note");
        assertThat(log.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo(EXAMPLE);
        assertThat(log.at("/runs/0/results/0/message/text").asText()).contains("demo model");
        try (java.io.InputStream in = getClass().getClassLoader().getResourceAsStream("sarif/sarif-schema-2.1.0.json")) {
            assertThat(com.networknt.schema.JsonSchemaFactory.getInstance(com.networknt.schema.SpecVersion.VersionFlag.V7)
                    .getSchema(new ObjectMapper().readTree(in)).validate(log)).isEmpty();
        }
        for (JsonNode result : log.at("/runs/0/results")) {
            assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt()).isPositive();
            assertThat(result.at("/partialFingerprints/designAssistantFinding~1v1").asText()).hasSize(32);
        }
        Files.createDirectories(Path.of("target", "contract"));
        Files.copy(sarif, Path.of("target", "contract", "cli-review.sarif"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING); // for .ci/check-contract
    }

    @Test
    void should_exit_0_when_the_demo_findings_are_below_the_threshold() throws Exception {
        Path md = dir.resolve("review.md");

        int code = run("--fail-on", "critical", "--format", "markdown", "--output", md.toString());

        assertThat(code).isZero();
        assertThat(Files.readString(md)).startsWith("# Code review: Distributed Pattern Code Review")
                .contains("## Findings\n\n0 critical, 1 major, 1 minor.");
    }

    @Test
    void should_exit_2_when_a_required_parameter_is_missing() {
        StringWriter err = new StringWriter();
        int code = new CommandLine(new ReviewCommand(url -> reviewer)).setErr(new PrintWriter(err, true))
                .execute("--template", "pattern-code-review", "--fail-on", "minor", EXAMPLE);

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("patternName is required");
    }

    @Test
    void should_review_against_a_running_service_with_url() throws Exception {
        Path report = dir.resolve("review.json");

        int code = new CommandLine(new ReviewCommand(HttpReviewer::new)).setErr(new PrintWriter(new StringWriter(), true))
                .execute("--url", service.toString(), "--template", "pattern-code-review",
                        "--param", "patternName=a Redis distributed lock", "--fail-on", "minor", "--format", "json",
                        "--output", report.toString(), EXAMPLE);

        assertThat(code).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertThat(json.at("/template/id").asText()).isEqualTo("pattern-code-review");
        assertThat(json.at("/review/counts/total").asInt()).isEqualTo(2);
        assertThat(json.at("/exchanges/0/question").asText()).contains("==> " + EXAMPLE + " <==");
    }

    @Test
    void should_exit_2_with_the_services_problem_over_http() {
        StringWriter err = new StringWriter();
        int code = new CommandLine(new ReviewCommand(HttpReviewer::new)).setErr(new PrintWriter(err, true))
                .execute("--url", service.toString(), "--template", "no-such-review", "--fail-on", "minor", EXAMPLE);

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("review failed: HTTP 404").contains("no-such-review");
    }

    private int run(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--template";
        all[1] = "pattern-code-review";
        all[2] = "--param=patternName=a Redis distributed lock";
        System.arraycopy(args, 0, all, 3, args.length);
        all[all.length - 1] = EXAMPLE;
        return new CommandLine(new ReviewCommand(url -> reviewer)).setErr(new PrintWriter(new StringWriter(), true))
                .execute(all);
    }
}
