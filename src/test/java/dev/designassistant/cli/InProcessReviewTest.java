package dev.designassistant.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CI command in this process against the built-in demo model, as the README runs it: the demo answers a review
 * with one major and one minor finding, so --fail-on decides the exit code.
 */
@QuarkusTest
class InProcessReviewTest {

    private static final String EXAMPLE = "examples/InventoryLock.java";

    @Inject
    InProcessReviewer reviewer;

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
