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

/** The eval command on the demo model, in this process and against the service with --url, as the README runs it. */
@QuarkusTest
class EvalCommandTest {

    @Inject
    InProcessEvaluator evaluator;

    @TestHTTPResource("/")
    URI service;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void writes_the_scorecard_files_and_exits_1_under_the_minimum_pass_rate() throws Exception {
        int code = run(new EvalCommand(url -> evaluator), "--suite", "saga-code-review", "--out", dir.toString(),
                "--min-pass-rate", "0.5");

        assertThat(code).isEqualTo(EvalCommand.BELOW);
        assertThat(err.toString()).contains("eval: under --min-pass-rate 50%: default passed 0%")
                .contains("FAIL saga-code-review/java-order-saga-missing-refund [default] missed All steps have compensation @ 38-40");
        assertThat(out.toString()).contains("## Models side by side").contains("| default | 0% (0/12) | 26% (5/19) | 26% (5/19) |");
        assertThat(Files.readString(dir.resolve("scorecard.md"))).contains("![Pass rate, recall, precision and cost per model](scorecard.svg)");
        assertThat(Files.readString(dir.resolve("scorecard.svg"))).startsWith("<svg").contains("default pass rate: 0%");
        assertThat(Files.readString(dir.resolve("junit.xml"))).contains("tests=\"12\" failures=\"12\"");
        JsonNode json = new ObjectMapper().readTree(dir.resolve("scorecard.json").toFile());
        assertThat(json.path("done").asInt()).isEqualTo(12);
        assertThat(json.path("cases")).hasSize(12);
    }

    @Test
    void runs_against_a_service_with_url_and_exits_0_at_the_minimum() throws Exception {
        int code = run(new EvalCommand(HttpEvaluator::new), "--url", service.toString(), "--suite", "briefs-saga",
                "--case", "saga-compensation-irreversible", "--out", dir.toString(), "--min-pass-rate", "0");

        assertThat(code).as(err.toString()).isEqualTo(EvalCommand.OK);
        assertThat(new ObjectMapper().readTree(dir.resolve("scorecard.json").toFile()).path("done").asInt()).isEqualTo(1);
        assertThat(err.toString()).contains("briefs-saga/saga-compensation-irreversible [default]");
    }

    @Test
    void a_suite_that_does_not_exist_exits_2_naming_the_suites() {
        int code = run(new EvalCommand(url -> evaluator), "--suite", "nope", "--out", dir.toString());

        assertThat(code).isEqualTo(EvalCommand.ERROR);
        assertThat(err.toString()).contains("no suite 'nope'; the suites are ").contains("saga-code-review");
        assertThat(dir.resolve("scorecard.md")).doesNotExist();
    }

    private int run(EvalCommand command, String... args) {
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }
}
