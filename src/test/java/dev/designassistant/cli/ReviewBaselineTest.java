package dev.designassistant.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.designassistant.catalog.TestCatalog;
import dev.designassistant.review.Finding;
import dev.designassistant.review.FindingCounts;
import dev.designassistant.review.ReviewResult;
import dev.designassistant.review.ReviewTemplates;
import dev.designassistant.review.ReviewedCode;
import dev.designassistant.review.SarifWriter;
import dev.designassistant.review.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code review --baseline}: an earlier SARIF log marks which findings are already known; {@code --fail-on} counts
 * only the new ones, and the SARIF written carries each result's {@code baselineState}.
 */
class ReviewBaselineTest {

    private static final Finding LOCK_EXPIRY = finding(Severity.MAJOR, "Lock expires while the work still runs", 12);
    private static final Finding NO_FENCING = finding(Severity.MINOR, "No fencing token", 30);
    private static final Finding LOST_RELEASE = finding(Severity.MAJOR, "Release deletes another owner's lock", 40);

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();
    private int reviews;

    @Test
    void a_known_major_finding_does_not_fail_the_build_and_is_marked_unchanged() throws IOException {
        Path baseline = baseline(LOCK_EXPIRY);
        Path out = dir.resolve("review.sarif");
        // the same finding, found again on other lines and in other words
        Finding again = new Finding(Severity.MAJOR, "Lock expires while the work still runs!", location(15),
                "other words", "other fix", LOCK_EXPIRY.checklistItem());

        int code = run(List.of(again, NO_FENCING), "--fail-on", "major", "--format", "sarif", "--baseline",
                baseline.toString(), "--output", out.toString());

        assertThat(code).isZero();
        JsonNode results = new ObjectMapper().readTree(out.toFile()).at("/runs/0/results");
        assertThat(results.findValuesAsText("baselineState")).containsExactly("unchanged", "new");
        assertThat(err.toString()).contains("against the baseline 1 new, 1 unchanged, 0 absent");
    }

    @Test
    void a_new_major_finding_fails_the_build() throws IOException {
        Path baseline = baseline(LOCK_EXPIRY);

        int code = run(List.of(LOCK_EXPIRY, LOST_RELEASE), "--fail-on", "major", "--baseline", baseline.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("against the baseline 1 new, 1 unchanged, 0 absent");
    }

    @Test
    void a_finding_fixed_since_the_baseline_is_counted_but_not_written_since_github_would_show_it_open()
            throws IOException {
        Path baseline = baseline(LOCK_EXPIRY, LOST_RELEASE);
        Path out = dir.resolve("review.sarif");

        int code = run(List.of(LOCK_EXPIRY), "--fail-on", "minor", "--format", "sarif", "--baseline",
                baseline.toString(), "--output", out.toString());

        assertThat(code).isZero();
        JsonNode results = new ObjectMapper().readTree(out.toFile()).at("/runs/0/results");
        assertThat(results.findValuesAsText("baselineState")).containsExactly("unchanged");
        assertThat(err.toString()).contains("0 new, 1 unchanged, 1 absent");
    }

    @Test
    void with_include_absent_a_finding_fixed_since_the_baseline_is_written_as_absent() throws IOException {
        Path baseline = baseline(LOCK_EXPIRY, LOST_RELEASE);
        Path out = dir.resolve("review.sarif");

        int code = run(List.of(LOCK_EXPIRY), "--fail-on", "minor", "--format", "sarif", "--baseline",
                baseline.toString(), "--include-absent", "--output", out.toString());

        assertThat(code).isZero();
        JsonNode results = new ObjectMapper().readTree(out.toFile()).at("/runs/0/results");
        assertThat(results.findValuesAsText("baselineState")).containsExactly("unchanged", "absent");
        assertThat(results.get(1).at("/properties/title").asText()).isEqualTo(LOST_RELEASE.title());
        assertThat(err.toString()).contains("0 new, 1 unchanged, 1 absent");
    }

    @Test
    void without_a_baseline_every_finding_counts() throws IOException {
        assertThat(run(List.of(LOCK_EXPIRY), "--fail-on", "major")).isEqualTo(1);
    }

    @Test
    void a_baseline_that_is_not_sarif_is_a_usage_error_before_any_review() throws IOException {
        Path notSarif = Files.writeString(dir.resolve("old.sarif"), "{\"findings\": []}");
        Path notJson = Files.writeString(dir.resolve("old2.sarif"), "<xml/>");

        assertThat(run(List.of(), "--baseline", notSarif.toString())).isEqualTo(2);
        assertThat(run(List.of(), "--baseline", notJson.toString())).isEqualTo(2);
        assertThat(run(List.of(), "--baseline", dir.resolve("missing.sarif").toString())).isEqualTo(2);
        assertThat(reviews).isZero();
        assertThat(err.toString()).contains("is not a SARIF log").contains("is not JSON");
    }

    private Path baseline(Finding... findings) throws IOException {
        return Files.writeString(dir.resolve("baseline.sarif"), sarif(List.of(findings)));
    }

    private static String sarif(List<Finding> findings) {
        return SarifWriter.write(new ReviewTemplates(TestCatalog.real()).require("pattern-code-review"), "s-0", findings,
                ReviewedCode.of(""), null).toPrettyString();
    }

    private int run(List<Finding> findings, String... args) throws IOException {
        Reviewer fake = (request, format) -> {
            reviews++;
            return new Reviewer.Outcome(new ReviewResult("s-1", request.template(), "default", findings,
                    FindingCounts.of(findings), 1, "/api/sessions/s-1/report", null),
                    format.name().equals("SARIF") ? sarif(findings) : "report in " + format.name());
        };
        Path code = Files.writeString(dir.resolve("InventoryLock.java"), "class InventoryLock {}\n");
        List<String> all = new ArrayList<>(List.of("--template", "pattern-code-review", "--param", "patternName=a lock"));
        all.addAll(List.of(args));
        all.add(code.toString());
        return new CommandLine(new ReviewCommand(url -> fake)).setErr(new PrintWriter(err, true))
                .setOut(new PrintWriter(new StringWriter())).execute(all.toArray(String[]::new));
    }

    private static Finding finding(Severity severity, String title, int line) {
        return new Finding(severity, title, location(line), "why", "fix", "Race conditions");
    }

    private static Finding.Location location(int line) {
        return new Finding.Location("src/InventoryLock.java", line, line + 3);
    }
}
