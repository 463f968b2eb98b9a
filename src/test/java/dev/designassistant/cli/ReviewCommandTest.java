package dev.designassistant.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.designassistant.review.Finding;
import dev.designassistant.review.FindingCounts;
import dev.designassistant.review.ReviewRequest;
import dev.designassistant.review.ReviewResult;
import dev.designassistant.review.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The command's exit codes and what it sends, with a reviewer that answers with fixed findings. */
class ReviewCommandTest {

    @TempDir
    Path dir;

    private final List<ReviewRequest> requests = new ArrayList<>();
    private final StringWriter err = new StringWriter();

    @ParameterizedTest(name = "a {0} finding with --fail-on {1} exits {2}")
    @CsvSource({
            "MAJOR, critical, 0",  // below the threshold
            "MAJOR, major,    1",  // at the threshold
            "MAJOR, minor,    1",  // above the threshold
            "CRITICAL, minor, 1",
            "MINOR, major,    0",
            "CRITICAL, none,  0"})
    void should_exit_by_the_fail_on_threshold(Severity worst, String failOn, int exitCode) throws IOException {
        int code = run(List.of(finding(worst), finding(Severity.MINOR)), "--fail-on", failOn, file("A.java"));

        assertThat(code).isEqualTo(exitCode);
    }

    @Test
    void should_exit_0_without_findings_even_at_the_lowest_threshold() throws IOException {
        assertThat(run(List.of(), "--fail-on", "minor", file("A.java"))).isZero();
    }

    @Test
    void should_send_the_files_as_code_with_headers_and_write_the_report() throws IOException {
        Path out = dir.resolve("reports/review.md");

        int code = run(List.of(finding(Severity.MINOR)), "--param", "patternName=a lock", "--output", out.toString(),
                file("A.java"), file("B.java"));

        assertThat(code).isZero();
        assertThat(Files.readString(out)).isEqualTo("report in MARKDOWN");
        JsonNode parameters = requests.get(0).parameters();
        assertThat(requests.get(0).template()).isEqualTo("pattern-code-review");
        assertThat(parameters.get("patternName").asText()).isEqualTo("a lock");
        assertThat(parameters.get("language").asText()).isEqualTo("java");
        assertThat(parameters.get("code").asText()).startsWith("==> ").contains("A.java <==\nclass A {}")
                .contains("B.java <==\nclass B {}");
        assertThat(err.toString()).contains("1 finding(s): 0 critical, 0 major, 1 minor");
    }

    @Test
    void rejects_an_unknown_threshold_or_format_with_exit_2() throws IOException {
        assertThat(run(List.of(), "--fail-on", "blocker", file("A.java"))).isEqualTo(2);
        assertThat(run(List.of(), "--format", "pdf", file("A.java"))).isEqualTo(2);
        assertThat(requests).isEmpty();
    }

    @Test
    void rejects_a_missing_file_or_template_with_exit_2() {
        assertThat(new CommandLine(new ReviewCommand(url -> null)).setErr(new PrintWriter(err))
                .execute("--fail-on", "major")).isEqualTo(2);
        assertThat(run(List.of(), "--fail-on", "major", dir.resolve("missing.java").toString())).isEqualTo(2);
        assertThat(err.toString()).as("says plainly what is wrong with the file")
                .contains("cannot read " + dir.resolve("missing.java") + ": no such file");
    }

    @Test
    void rejects_more_files_than_one_review_takes_with_exit_2_before_reading_them() throws IOException {
        List<String> args = new ArrayList<>();
        for (int i = 0; i <= ReviewCommand.MAX_FILES; i++) {
            args.add(file("F" + i + ".java"));
        }

        assertThat(run(List.of(), args.toArray(String[]::new))).isEqualTo(2);
        assertThat(requests).isEmpty();
        assertThat(err.toString()).contains("at most " + ReviewCommand.MAX_FILES + " files");
    }

    @Test
    void should_exit_2_when_the_review_cannot_be_done() throws IOException {
        Reviewer failing = (request, format) -> {
            throw new ReviewFailedException("HTTP 503: the LLM is unavailable");
        };
        int code = new CommandLine(new ReviewCommand(url -> failing)).setErr(new PrintWriter(err, true))
                .execute("--template", "saga-code-review", "--fail-on", "minor", file("A.java"));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("review failed: HTTP 503: the LLM is unavailable");
    }

    private int run(List<Finding> findings, String... args) {
        Reviewer fake = (request, format) -> {
            requests.add(request);
            return new Reviewer.Outcome(new ReviewResult("s-1", request.template(), "default", findings,
                    FindingCounts.of(findings), 1, "/api/sessions/s-1/report", null), "report in " + format.name());
        };
        List<String> all = new ArrayList<>(List.of("--template", "pattern-code-review"));
        all.addAll(List.of(args));
        return new CommandLine(new ReviewCommand(url -> fake)).setErr(new PrintWriter(err, true))
                .setOut(new PrintWriter(new StringWriter())).execute(all.toArray(String[]::new));
    }

    private String file(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, "class " + name.replace(".java", "") + " {}\n");
        return file.toString();
    }

    private static Finding finding(Severity severity) {
        return new Finding(severity, severity.id() + " issue", null, "why", "fix", "Race conditions");
    }
}
