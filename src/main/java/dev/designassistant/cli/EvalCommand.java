package dev.designassistant.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.designassistant.eval.EvalRequest;
import dev.designassistant.eval.EvalRun;
import dev.designassistant.eval.JunitReport;
import dev.designassistant.eval.MarkdownScorecard;
import dev.designassistant.eval.Score;
import dev.designassistant.eval.ScoreChart;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * {@code eval}: measures models on the library's suites ({@code evals/}) and writes the scorecard (Markdown with
 * its SVG chart, JSON, JUnit XML) to a folder. Exit code 0, 1 when a model's pass rate is under
 * {@code --min-pass-rate}, 2 when it could not run or stopped early (the cost limit).
 */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false, version = "Design Assistant eval",
        description = "Measure models on the evaluation suites of evals/ and write a scorecard.")
public class EvalCommand implements Callable<Integer> {

    static final int OK = 0;
    static final int BELOW = 1;
    static final int ERROR = 2;

    @Option(names = "--suite", description = "a suite (file name in evals/ without .yaml); repeat for several; default: all")
    List<String> suites = new ArrayList<>();

    @Option(names = "--model", description = "a configured model name; repeat to compare models; default: the default model")
    List<String> models = new ArrayList<>();

    @Option(names = "--case", description = "only this case id; repeat for several")
    List<String> cases = new ArrayList<>();

    @Option(names = "--url", description = "a running service (http://host:8080); default: evaluate in this process")
    URI url;

    @Option(names = "--repeat", defaultValue = "1", description = "ask each case this many times (1-10), to see the spread")
    int repeat;

    @Option(names = "--max-cost", description = "US dollars the run may spend; it stops before a case that would pass it")
    Double maxCost;

    @Option(names = "--out", defaultValue = "eval-results", description = "folder for scorecard.md, scorecard.svg, "
            + "scorecard.json and junit.xml (default: eval-results)")
    Path out;

    @Option(names = "--min-pass-rate", description = "exit 1 when a model passes fewer cases than this (0-1, e.g. 0.8)")
    Double minPassRate;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Function<URI, Evaluator> evaluators;

    public EvalCommand(Function<URI, Evaluator> evaluators) {
        this.evaluators = evaluators;
    }

    /** Checks the options that picocli cannot, before anything starts. */
    void check() {
        if (minPassRate != null && (minPassRate < 0 || minPassRate > 1)) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--min-pass-rate must be from 0 to 1, not " + minPassRate);
        }
        if (repeat < 1 || repeat > 10) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--repeat must be from 1 to 10, not " + repeat);
        }
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EvalRun run;
        EvalProgress progress = new EvalProgress(err, EvalProgress.onTerminal(), System::nanoTime);
        try {
            run = evaluators.apply(url).run(new EvalRequest(suites, models, repeat, maxCost, cases), progress);
        } catch (ReviewFailedException e) {
            err.println("eval: " + e.getMessage());
            err.flush();
            return ERROR;
        }
        progress.end();
        try {
            write(run);
        } catch (IOException e) {
            err.println("eval: cannot write the scorecard to " + out + ": " + e.getMessage());
            return ERROR;
        }
        stdout.print(summary(run));
        stdout.flush();
        if (!EvalRun.FINISHED.equals(run.status())) {
            err.println("eval: the run " + run.status() + ": " + run.message());
            err.flush();
            return ERROR;
        }
        if (minPassRate != null) {
            List<String> below = run.models().stream().map(m -> run.overall(m).orElse(null))
                    .filter(s -> s != null && s.passRate() < minPassRate)
                    .map(s -> String.format(Locale.ROOT, "%s passed %.0f%%", s.model(), s.passRate() * 100)).toList();
            if (!below.isEmpty()) {
                err.printf(Locale.ROOT, "eval: under --min-pass-rate %.0f%%: %s%n", minPassRate * 100, String.join(", ", below));
                err.flush();
                return BELOW;
            }
        }
        return OK;
    }

    private void write(EvalRun run) throws IOException {
        Files.createDirectories(out);
        Files.writeString(out.resolve("scorecard.md"), MarkdownScorecard.of(run, "scorecard.svg"));
        Files.writeString(out.resolve("scorecard.svg"), ScoreChart.svg(overall(run)));
        Files.writeString(out.resolve("scorecard.json"), JsonMapper.builder().findAndAddModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT)
                .build().writeValueAsString(run));
        Files.writeString(out.resolve("junit.xml"), JunitReport.of(run));
    }

    private String summary(EvalRun run) {
        String md = MarkdownScorecard.of(run, null);
        int from = md.indexOf("## Models side by side");
        int to = md.indexOf("## Per suite");
        return md.substring(0, md.indexOf("\n\n", md.indexOf("\n\n") + 2) + 2) + md.substring(from, to)
                + "Scorecard: " + out.resolve("scorecard.md") + " (chart scorecard.svg, scorecard.json, junit.xml)\n";
    }

    private static List<Score> overall(EvalRun run) {
        return run.scores().stream().filter(s -> s.suite().equals(Score.ALL)).toList();
    }
}
