package dev.designassistant.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.designassistant.report.ReportFormat;
import dev.designassistant.report.UnsupportedFormatException;
import dev.designassistant.review.Finding;
import dev.designassistant.review.ReviewRequest;
import dev.designassistant.review.ReviewResult;
import dev.designassistant.review.SarifBaseline;
import dev.designassistant.review.Severity;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * {@code review}: reviews source files with a section-8 template, writes the report and exits 0 (no finding at or
 * above {@code --fail-on}), 1 (there is one) or 2 (usage error, or the review could not be done).
 */
@Command(name = "review", mixinStandardHelpOptions = true, sortOptions = false, version = "Design Assistant review",
        description = "Review source files with a code-review template (section 8) and fail the build on findings.",
        exitCodeOnInvalidInput = ReviewCommand.ERROR, exitCodeOnExecutionException = ReviewCommand.ERROR,
        footer = {"", "Exit codes: 0 no finding at or above --fail-on, 1 there is one, 2 usage or review error."})
public class ReviewCommand implements Callable<Integer> {

    static final int OK = 0;
    static final int FINDINGS = 1;
    static final int ERROR = 2;

    @Option(names = "--template", required = true,
            description = "pattern-code-review, saga-code-review or circuit-breaker-review")
    String template;

    @Option(names = "--fail-on", defaultValue = "none", description = "critical, major, minor or none (default: none)")
    String failOn;

    @Option(names = "--format", defaultValue = "markdown", description = "markdown, html, json, sarif, codequality (GitLab Code Quality) or junit (JUnit XML) (default: markdown)")
    String format;

    @Option(names = {"-o", "--output"}, description = "file to write the report to (default: standard output)")
    Path output;

    @Option(names = "--baseline", description = "an earlier review's SARIF log: --fail-on counts only findings new "
            + "since it, and SARIF results carry baselineState (new, unchanged)")
    Path baselineFile;

    @Option(names = "--include-absent", description = "with --baseline and SARIF: also write the baseline's fixed "
            + "findings, as baselineState absent (GitHub code scanning would show them as open alerts)")
    boolean includeAbsent;

    @Option(names = "--url", description = "a running service (http://host:8080); default: review in this process")
    URI url;

    @Option(names = "--model", description = "a configured model name (default: the default model)")
    String model;

    @Option(names = "--language", description = "language of the code (default: from the first file's extension)")
    String language;

    @Option(names = {"-p", "--param"}, description = "another template parameter, e.g. patternName=\"a Redis lock\"")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--param-file", description = "a parameter read from a file, e.g. config=application.yaml")
    Map<String, Path> paramFiles = new LinkedHashMap<>();

    /** Most files one review takes: they are read into memory and sent as one prompt. */
    public static final int MAX_FILES = 50;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "the files to review, together, as the code (at most " + MAX_FILES + ")")
    List<Path> files;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Function<URI, Reviewer> reviewers;

    /** @param reviewers the reviewer for a {@code --url} (null: review in this process) */
    public ReviewCommand(Function<URI, Reviewer> reviewers) {
        this.reviewers = reviewers;
    }

    @Override
    public Integer call() {
        if (files.size() > MAX_FILES) {
            throw new CommandLine.ParameterException(spec.commandLine(), "at most " + MAX_FILES + " files in one "
                    + "review (got " + files.size() + "); review them in parts");
        }
        Optional<Severity> threshold = threshold();
        ReportFormat reportFormat = reportFormat();
        Optional<SarifBaseline> baseline = baseline();
        Reviewer.Outcome outcome;
        List<Finding> counted;
        String baselineNote = "";
        try {
            outcome = reviewers.apply(url).review(new ReviewRequest(template, parameters(), model), reportFormat);
            counted = outcome.result().findings();
            String report = outcome.report();
            if (baseline.isPresent()) {
                SarifBaseline.Comparison c = baseline.get().compare(counted);
                counted = c.newFindings();
                baselineNote = "; against the baseline " + c.newFindings().size() + " new, " + c.unchanged().size()
                        + " unchanged, " + c.absent() + " absent";
                report = reportFormat == ReportFormat.SARIF ? baseline.get().annotate(report, includeAbsent) : report;
            }
            write(report);
        } catch (ReviewFailedException e) {
            err().println("review failed: " + e.getMessage());
            return ERROR;
        } catch (IOException e) {
            err().println("review failed: the report is not a SARIF log: " + e.getMessage());
            return ERROR;
        }
        ReviewResult result = outcome.result();
        err().printf("%d finding(s): %d critical, %d major, %d minor; session %s%s%s%n", result.counts().total(),
                result.counts().critical(), result.counts().major(), result.counts().minor(), result.sessionId(),
                baselineNote, output == null ? "" : "; report written to " + output);
        // what a blocked injection looks like in a build log: each one, with its place, whatever the model said
        result.findings().stream().filter(Finding::isPromptInjection).forEach(f -> err().printf(
                "prompt-injection-attempt (%s) at %s: %s%n", f.severity().id(), f.where(), f.title()));
        List<Finding> failing = counted;
        return threshold.filter(t -> failing.stream().anyMatch(f -> f.severity().atLeast(t)))
                .map(t -> FINDINGS).orElse(OK);
    }

    /** The --baseline log, read before the review so that a bad file costs no LLM call. */
    Optional<SarifBaseline> baseline() {
        if (baselineFile == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(SarifBaseline.read(baselineFile));
        } catch (IOException | IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--baseline " + baselineFile + ": "
                    + (e instanceof IOException io ? "cannot be read (" + SourceFiles.why(io) + ")" : e.getMessage()));
        }
    }

    /** The --fail-on severity; empty for none. */
    Optional<Severity> threshold() {
        if ("none".equalsIgnoreCase(failOn)) {
            return Optional.empty();
        }
        return Optional.of(Severity.parse(failOn).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "--fail-on must be critical, major, minor or none, not '" + failOn + "'")));
    }

    /** The --format asked for. */
    ReportFormat reportFormat() {
        try {
            return ReportFormat.named(format);
        } catch (UnsupportedFormatException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format: " + e.getMessage());
        }
    }

    /** The template parameters: --param and --param-file values, the files as {@code code}, and the language. */
    ObjectNode parameters() {
        ObjectNode parameters = new ObjectMapper().createObjectNode();
        params.forEach(parameters::put);
        paramFiles.forEach((name, path) -> parameters.put(name, read(path)));
        if (!parameters.has("code")) {
            parameters.put("code", SourceFiles.concatenate(files, this::read));
        }
        if (!parameters.has("language")) {
            parameters.put("language", language != null ? language : SourceFiles.language(files.get(0)));
        }
        return parameters;
    }

    private String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot read " + path + ": "
                    + SourceFiles.why(e));
        }
    }

    private void write(String report) {
        if (output == null) {
            spec.commandLine().getOut().print(report);
            spec.commandLine().getOut().flush();
            return;
        }
        try {
            Path parent = output.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(output, report);
        } catch (IOException e) {
            throw new ReviewFailedException("cannot write " + output + ": " + e.getMessage());
        }
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
