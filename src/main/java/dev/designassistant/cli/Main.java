package dev.designassistant.cli;

import dev.designassistant.api.HttpLayer;
import dev.designassistant.mcp.StdioApplication;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.quarkus.runtime.configuration.ConfigurationException;
import picocli.CommandLine;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The jar's entry point. Without arguments it runs the HTTP service; anything but the known commands and options
 * ({@link #usageError}) prints the usage on standard error and exits 2. {@code mcp} runs the MCP server on standard
 * input and output (StdioApplication). {@code review …} runs the CI command: against a running service with
 * {@code --url}, without starting Quarkus at all; otherwise in this process, without an HTTP port (the built-in
 * demo model answers in process), an in-memory database, and logs on standard error so standard output carries
 * only the report.
 */
@QuarkusMain
public class Main {

    /** Settings of an in-process review that the user has not set otherwise. */
    static final Map<String, String> IN_PROCESS = Map.of(
            // no HTTP port: the demo model answers in process (llm.DemoChatModel)
            "quarkus.http.host-enabled", "false",
            "quarkus.log.console.stderr", "true",
            "quarkus.log.level", "WARN",
            "quarkus.banner.enabled", "false",
            "quarkus.log.category.\"org.flywaydb\".level", "ERROR", // its H2-version notice is noise in a build log
            // nobody calls the in-process service over HTTP: a throwaway key keeps it closed and writes no key file
            "assistant.access.api-keys", "cli:" + java.util.UUID.randomUUID(),
            "quarkus.datasource.h2.jdbc.url",
            "jdbc:h2:mem:review;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");

    private Main() {
    }

    /**
     * Settings of the stdio MCP server that the user has not set otherwise: as an in-process review, but the local
     * database, and no HTTP port (nor the MCP endpoint over HTTP).
     */
    static final Map<String, String> MCP_STDIO = Map.of(
            "quarkus.http.host-enabled", "false",
            "quarkus.log.console.stderr", "true",
            "quarkus.log.level", "WARN",
            "quarkus.banner.enabled", "false",
            "quarkus.log.category.\"org.flywaydb\".level", "ERROR",
            "assistant.access.api-keys", "mcp:" + java.util.UUID.randomUUID(),
            "assistant.mcp.http-enabled", "false");

    public static void main(String... args) {
        if (args.length > 0 && ("--help".equals(args[0]) || "-h".equals(args[0]))) {
            System.out.print(usage());
            System.exit(ReviewCommand.OK);
        }
        Optional<String> wrong = usageError(args);
        if (wrong.isPresent()) {
            // never start the service on a typo: a CI job that misspelt `review` would hang until killed
            System.err.println(wrong.get());
            System.err.println();
            System.err.print(usage());
            System.exit(ReviewCommand.ERROR);
        }
        // set before Quarkus starts: malformed request targets are then answered as problems (api.HttpLayer)
        System.setProperty(HttpLayer.TAKE_OVER_URI_CHECK, "true");
        if (Boolean.getBoolean(AotTraining.PROPERTY)) { // ./mvnw package on JDK 25+ (pom.xml, "aot-cache")
            train();
            return;
        }
        if (args.length > 0 && "mcp".equals(args[0])) {
            MCP_STDIO.forEach(Main::defaultProperty);
            Home.of(Main.class).ifPresent(home -> {
                // a client starts the jar from anywhere: the catalog and the database are the checkout's
                defaultProperty("assistant.prompts.dir", home.resolve("prompts").toString());
                defaultProperty("assistant.eval.dir", home.resolve("evals").toString());
                defaultProperty("assistant.data-dir", home.resolve("data").toString());
            });
            Quarkus.run(StdioApplication.class, exit(1), Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && "eval".equals(args[0])) {
            eval(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length == 0) {
            Quarkus.run(args);
            return;
        }
        String[] review = Arrays.copyOfRange(args, 1, args.length);
        ReviewCommand probe = new ReviewCommand(url -> null);
        CommandLine parser = new CommandLine(probe);
        try {
            parser.parseArgs(review);
            if (!parser.isUsageHelpRequested() && !parser.isVersionHelpRequested()) {
                probe.threshold(); // a wrong value is a usage error before anything starts
                probe.reportFormat();
            }
        } catch (CommandLine.ParameterException e) {
            parser.getErr().println(e.getMessage());
            parser.usage(parser.getErr());
            System.exit(ReviewCommand.ERROR);
        }
        if (probe.url != null || parser.isUsageHelpRequested() || parser.isVersionHelpRequested()) {
            System.exit(new CommandLine(new ReviewCommand(HttpReviewer::new)).execute(review));
        }
        IN_PROCESS.forEach(Main::defaultProperty);
        Quarkus.run(ReviewApplication.class, exit(ReviewCommand.ERROR), review);
    }

    /** The AOT cache's training run ({@link AotTraining}) on a throwaway database, deleted afterwards. */
    private static void train() {
        java.nio.file.Path data;
        try {
            data = java.nio.file.Files.createTempDirectory("design-assistant-aot-training");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        AotTraining.settings(data).forEach(System::setProperty);
        Quarkus.run(AotTraining.class, (code, failure) -> {
            deleteTree(data);
            if (failure != null) {
                System.err.println("AOT training run failed: " + why(failure));
            }
            System.exit(failure == null ? code : 1);
        });
    }

    private static void deleteTree(java.nio.file.Path dir) {
        try (var paths = java.nio.file.Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException | RuntimeException e) {
            // a temporary directory left behind is no reason to fail the build
        }
    }

    /**
     * The eval command: against a running service with {@code --url} (no Quarkus here), else in this process as an
     * in-process review runs (in-memory database, the demo model or the configured ones).
     */
    private static void eval(String[] args) {
        EvalCommand probe = new EvalCommand(url -> null);
        CommandLine parser = new CommandLine(probe);
        try {
            parser.parseArgs(args);
            if (!parser.isUsageHelpRequested() && !parser.isVersionHelpRequested()) {
                probe.check();
            }
        } catch (CommandLine.ParameterException e) {
            parser.getErr().println(e.getMessage());
            parser.usage(parser.getErr());
            System.exit(EvalCommand.ERROR);
        }
        if (probe.url != null || parser.isUsageHelpRequested() || parser.isVersionHelpRequested()) {
            System.exit(new CommandLine(new EvalCommand(HttpEvaluator::new)).execute(args));
        }
        IN_PROCESS.forEach(Main::defaultProperty);
        Quarkus.run(EvalApplication.class, exit(EvalCommand.ERROR), args);
    }

    /**
     * Ends the process with the application's code, or with {@code failureCode} when it could not start, saying why
     * on standard error first: with an exit handler of its own, Quarkus prints nothing of a failed start, so a stdio
     * MCP server on a database another process holds ended with status 1 and no word at all.
     */
    private static BiConsumer<Integer, Throwable> exit(int failureCode) {
        return (code, failure) -> {
            if (failure != null) {
                System.err.println(why(failure));
            }
            System.exit(failure == null ? code : failureCode);
        };
    }

    /**
     * What is wrong with the jar's arguments, if anything: only no argument (the service), {@code review …},
     * {@code eval …}, {@code mcp} and {@code --help}/{@code -h} are known; review and eval check their own options.
     */
    static Optional<String> usageError(String... args) {
        if (args.length == 0 || List.of("review", "eval", "--help", "-h").contains(args[0])) {
            return Optional.empty();
        }
        if ("mcp".equals(args[0])) {
            return args.length == 1 ? Optional.empty()
                    : Optional.of("mcp takes no arguments, got: " + String.join(" ", Arrays.copyOfRange(args, 1,
                    args.length)));
        }
        if (args[0].startsWith("-D")) {
            return Optional.of("'" + args[0] + "' is a JVM option: give it before -jar (java " + args[0]
                    + " -jar quarkus-run.jar), or set the environment variable instead");
        }
        return Optional.of("unknown " + (args[0].startsWith("-") ? "option" : "command") + " '" + args[0]
                + "': the jar knows review, mcp and --help (none to run the service)");
    }

    /** A configuration problem's own message (the one line the service stops with), else the innermost cause's. */
    static String why(Throwable failure) {
        Throwable innermost = failure;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConfigurationException) {
                return t.getMessage();
            }
            innermost = t;
        }
        return innermost.getMessage() == null ? innermost.toString() : innermost.getMessage();
    }

    /** What {@code java -jar quarkus-run.jar --help} prints: what the jar can do, and the review command's options. */
    static String usage() {
        String review = new CommandLine(new ReviewCommand(url -> null)).getUsageMessage(CommandLine.Help.Ansi.OFF);
        return """
                Design Assistant: an LLM design assistant for distributed-systems engineers.

                Usage:
                  java -jar quarkus-run.jar            run the HTTP service (port 8080; Swagger UI at /q/swagger-ui)
                  java -jar quarkus-run.jar review …   review source files in CI (below)
                  java -jar quarkus-run.jar eval …     measure models on the evaluation suites (eval --help)
                  java -jar quarkus-run.jar mcp        an MCP server on standard input and output
                  java -jar quarkus-run.jar --help     this text (also -h)

                The service is configured with environment variables or -D system properties: every
                assistant.* and quarkus.* property (README, "Configuration"), e.g. ASSISTANT_LLM_BASE_URL,
                ASSISTANT_LLM_API_KEY, QUARKUS_HTTP_PORT (default 8080), QUARKUS_HTTP_HOST (default 0.0.0.0),
                QUARKUS_PROFILE=prod,pg. System properties (-Dname=value) go before -jar.

                """ + review;
    }

    /** Sets a system property unless the user set it, as a system property or an environment variable. */
    private static void defaultProperty(String name, String value) {
        String env = name.toUpperCase().replaceAll("[^A-Z0-9]", "_");
        if (System.getProperty(name) == null && System.getenv(env) == null) {
            System.setProperty(name, value);
        }
    }
}
